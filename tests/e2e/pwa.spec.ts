import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

test("the web app manifest describes an installable app", { tag: "@once" }, async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining("NumerAI"),
    short_name: "NumerAI",
    display: "standalone",
    theme_color: "#5b3cc4",
  });
  expect(manifest.start_url).toMatch(/^\//);
  const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes}:${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192:any", "512x512:any", "512x512:maskable"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test(
  "hashed assets are cached forever and pages carry security headers",
  { tag: "@once" },
  async ({ page, request }) => {
    const response = await page.goto("/");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-request-id"]).toBeTruthy();
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    const asset = await request.get(css!);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await request.get("/healthz")).status()).toBe(200);
    // Pages are compressed as they stream.
    const chart = await request.get("/calculator?birthName=Thomas+John+Smith&birthDate=1962-07-03", {
      headers: { "Accept-Encoding": "gzip, br" },
    });
    expect(chart.headers()["content-encoding"]).toBe("br");
    expect(chart.headers().vary).toContain("Accept-Encoding");
    expect(await chart.text()).toMatch(/Chart for (<!-- -->)?Thomas John Smith/);
    await expectAccessible(page);
  },
);

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  // A service worker needs JavaScript.
  test("the offline page is shown when a navigation fails offline", { tag: "@once" }, async ({ page, context }) => {
    await page.goto("/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.goto("/calculator").catch(() => undefined);
    await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
    await context.setOffline(false);
  });
});

test("the offline page itself is accessible", async ({ page }) => {
  await page.goto("/offline");
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await expectAccessible(page);
});

test("the accessibility audit sees the page as the user has it, with its stylesheet", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page);
  // Labels gone and grey-on-white text: the audit of the same page must now fail on both.
  await page.evaluate(() => {
    for (const label of document.querySelectorAll("label")) label.replaceWith(...label.querySelectorAll("input"));
    document.querySelector("h1")!.style.color = "#ddd";
  });
  const failure = await expectAccessible(page).then(
    () => "passed",
    (error: Error) => error.message,
  );
  expect(failure).toContain("label:");
  expect(failure).toContain("color-contrast:");
});
