import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

const lifePathCard = (page: Page) => page.locator('article[data-key="lifePath"]');

test("the landing page's quick form opens the full chart, and each number shows its math", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  const quick = page.locator("#quick-calculator");
  await quick.getByLabel("Full birth name").fill("Thomas John Smith");
  await quick.getByLabel("Birth date").fill("1962-07-03");
  await quick.getByRole("button", { name: "Calculate" }).click();

  await expect(page).toHaveURL(/\/calculator\?birthName=Thomas\+John\+Smith&birthDate=1962-07-03/);
  await expect(page.getByRole("heading", { name: "Chart for Thomas John Smith" })).toBeVisible();
  const card = lifePathCard(page);
  await expect(card.getByRole("heading", { name: "Life Path Number 19/1" })).toBeVisible();
  const math = card.getByText("7 + 3 + 9 = 19 → 1+9 = 10 → 1+0 = 1");
  await expect(math).toBeHidden();
  await card.getByText("Show the math").click();
  await expect(math).toBeVisible();
  await expectAccessible(page);
});

test("the calculator's URL is the chart: it can be shared and opened anew", async ({ page, browser }, testInfo) => {
  await page.goto("/calculator");
  await expectAccessible(page);
  const form = page.locator("#calculator");
  await form.getByLabel("Full birth name").fill("Zoë Ann Hart");
  await form.getByLabel("Birth date").fill("1990-05-17");
  await form.getByLabel("Gender (for the Kua number)").selectOption("female");
  await form.getByLabel("Letter system").selectOption("chaldean");
  await form.getByRole("button", { name: "Calculate" }).click();
  await expect(page.getByRole("heading", { name: "Chart for Zoë Ann Hart" })).toBeVisible();
  await expect(page.getByText(/· Chaldean letters ·/)).toBeVisible();
  await expect(page.locator('article[data-key="kua"]')).toBeVisible();
  const shared = page.url();
  expect(new URL(shared).searchParams.get("system")).toBe("chaldean");
  const expression = await page.locator('article[data-key="expression"] .rd-card__value').textContent();

  const other = await browser.newContext({ javaScriptEnabled: testInfo.project.name === "js" });
  const visitor = await other.newPage();
  await visitor.goto(shared);
  await expect(visitor.getByRole("heading", { name: "Chart for Zoë Ann Hart" })).toBeVisible();
  await expect(visitor.locator('article[data-key="expression"] .rd-card__value')).toHaveText(expression!);
  await expect(visitor.locator("#calculator").getByLabel("Full birth name")).toHaveValue("Zoë Ann Hart");
  await other.close();
});

test("bad input comes back with the message next to the field and status 400", async ({ page }) => {
  const response = await page.goto("/calculator?birthName=%E6%9D%8E%E5%B0%8F%E9%BE%99&birthDate=2023-02-30");
  expect(response!.status()).toBe(400);
  const form = page.locator("#calculator");
  await expect(form.locator("#calculator-birthName-error")).toContainText("Latin letters");
  await expect(form.locator("#calculator-birthDate-error")).toContainText("That date doesn't exist on the calendar.");
  await expect(form.getByLabel("Full birth name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { name: /Chart for/ })).toHaveCount(0);
  await expectAccessible(page);

  // Typed into the form: the same message (in the browser with JS, from the server without).
  await form.getByLabel("Full birth name").fill("Ann 3");
  await form.getByLabel("Birth date").fill("1990-05-17");
  await form.getByRole("button", { name: "Calculate" }).click();
  await expect(form.locator("#calculator-birthName-error")).toContainText('A name can\'t contain "3"');
  await expect(form.locator("#calculator-birthDate-error")).toBeEmpty();
});

test("the JSON API returns the profile and 400 with the field for bad input", { tag: "@once" }, async ({ request }) => {
  const ok = await request.get(
    "/api/v1/numerology?birthName=Thomas%20John%20Smith&birthDate=1962-07-03&today=2026-11-26&gender=male",
  );
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toMatch(/application\/json/);
  expect(ok.headers()["cache-control"]).toBe("public, max-age=86400, immutable");
  const body = await ok.json();
  expect(body.lifePath).toMatchObject({ value: 1, compound: 19 });
  expect(body.personalDay.value).toBe(3);
  expect(body.kua.value).toBe(2);

  const bad = await request.get("/api/v1/numerology?birthName=Ann&birthDate=2023-02-30");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    error: { field: "birthDate", message: "2023-02-30 is not a real calendar date." },
  });
});
