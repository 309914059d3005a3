import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { meaningFor } from "../../app/content/index";
import { computeProfile } from "../../app/numerology/index";
import { readPdf } from "../support/pdf";
import { addPersonDirectly, expectAccessible, newUser, usesJs } from "./helpers";

const GRACE = { name: "Grace", birthName: "Grace Brewster Hopper", birthDate: "1906-12-09" };
const graceLifePath = meaningFor(
  "lifePath",
  computeProfile({ birthName: GRACE.birthName, birthDate: GRACE.birthDate }).lifePath.value,
).title;

async function downloaded(page: Page, link: string | RegExp): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { download, body: readFileSync((await download.path())!) };
}

const flat = (text: string) => text.replace(/\s+/g, " ");

// Downloads are plain links, the same with JavaScript or without.
test("a person's report and compatibility with me, each as a PDF", { tag: "@once" }, async ({ page }, testInfo) => {
  await newUser(page, testInfo, "pdf");
  const personPath = await addPersonDirectly(page, { ...GRACE, relation: "friend" });

  // Their report, with both charts drawn and described.
  await page.goto(personPath);
  await expect(page.getByRole("heading", { level: 1, name: GRACE.name })).toBeVisible();
  await expect(page.getByRole("img", { name: /Lo Shu grid/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Life-cycle timeline/ })).toBeVisible();

  // Their report as a PDF.
  const report = await downloaded(page, "Download PDF");
  expect(report.download.suggestedFilename()).toBe("numerai-report-grace.pdf");
  const reportPdf = await readPdf(report.body);
  expect(reportPdf.pages).toBeGreaterThan(1);
  expect(flat(reportPdf.text)).toContain(graceLifePath);
  const head = await page.request.get(`${personPath}/report.pdf`);
  expect(head.status(), await head.text().catch(() => "")).toBe(200);
  expect(head.headers()["content-type"]).toBe("application/pdf");

  // Compatibility with me, and its PDF.
  await page.getByRole("link", { name: "Compatibility with me" }).click();
  await expect(page.getByRole("heading", { name: `Ada & ${GRACE.name}` })).toBeVisible();
  const compatibility = await downloaded(page, "Download PDF");
  expect(compatibility.download.suggestedFilename()).toBe("numerai-compatibility-ada-grace.pdf");
  const compatibilityPdf = await readPdf(compatibility.body);
  expect(compatibilityPdf.pages).toBeGreaterThan(1);
  expect(flat(compatibilityPdf.text)).toContain(graceLifePath);
});

test("a share link shows what the owner chose, signed out, until it is revoked", async ({
  page,
  browser,
}, testInfo) => {
  await newUser(page, testInfo, "share");
  const personPath = await addPersonDirectly(page, { ...GRACE, relation: "friend" });

  // A share link with the name and the birth date (so the page carries both charts).
  await page.goto(personPath);
  await page.getByRole("checkbox", { name: "The name" }).check();
  await page.getByRole("checkbox", { name: /The birth date/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(page.getByRole("heading", { name: "Your share link is ready" })).toBeVisible();
  const shareUrl = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(shareUrl).toMatch(/\/s\/[\w-]{43}$/);

  // Opened by someone with no account.
  const guestContext = await browser.newContext({ javaScriptEnabled: usesJs(testInfo) });
  const guest = await guestContext.newPage();
  const opened = await guest.goto(shareUrl);
  expect(opened?.status()).toBe(200);
  await expect(guest.getByRole("heading", { level: 1, name: `${GRACE.name}'s numbers` })).toBeVisible();
  await expect(guest.getByText(graceLifePath).first()).toBeVisible();
  await expect(guest.getByText("Born 9 December 1906")).toBeVisible();
  await expect(guest.getByRole("img", { name: /Lo Shu grid/ })).toBeVisible();
  await expect(guest.getByRole("img", { name: /Life-cycle timeline/ })).toBeVisible();
  // Nothing to edit, download or revoke for a visitor.
  await expect(guest.getByRole("button", { name: /Revoke|Create share link/ })).toHaveCount(0);
  await expect(guest.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ogImage = await guest.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBe(`${shareUrl}/og.png`);
  const png = await guest.request.get(ogImage!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  await expectAccessible(guest);

  // Revoked: the link is gone.
  await page.goto("/shares");
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Revoke/ }).click();
  await expect(page.getByText("Share link revoked")).toBeVisible();
  const afterRevoke = await guest.goto(shareUrl);
  expect(afterRevoke?.status()).toBe(404);
  expect((await guest.request.get(ogImage!)).status()).toBe(404);
  await guestContext.close();
});

test(
  "someone else's person's PDF is a 404, and a signed-out PDF request goes to log in",
  { tag: "@once" },
  async ({ page, browser }, testInfo) => {
    await newUser(page, testInfo, "pdf-owner");
    const pdfPath = `${await addPersonDirectly(page, { ...GRACE, relation: "friend" })}/report.pdf`;

    const strangerContext = await browser.newContext({ javaScriptEnabled: usesJs(testInfo) });
    const stranger = await strangerContext.newPage();
    const signedOut = await stranger.request.get(pdfPath, { maxRedirects: 0 });
    expect(signedOut.status()).toBe(302);
    expect(signedOut.headers().location).toBe(`/login?redirectTo=${encodeURIComponent(pdfPath)}`);
    await newUser(stranger, testInfo, "pdf-stranger");
    expect((await stranger.request.get(pdfPath)).status()).toBe(404);
    await strangerContext.close();
  },
);
