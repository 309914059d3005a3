import { expect, test, type Page } from "@playwright/test";
import { newUser, usesJs } from "./helpers";

/** With JS the error comes from a client-side navigation (the Remix router), without it from a page load. */
async function visit(page: Page, path: string, js: boolean) {
  if (!js) return page.goto(path);
  await page.goto("/people");
  // The router exists once the page has hydrated, which can come after the load event.
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.evaluate(
    (to) => (window as unknown as { __remixRouter: { navigate(to: string): void } }).__remixRouter.navigate(to),
    path,
  );
  return null;
}

test("a missing person shows its message inside the signed-in page, with a reference and a way back", async ({
  page,
}, testInfo) => {
  await newUser(page, testInfo, "errors");
  const response = await visit(page, "/people/00000000-0000-4000-8000-000000000000", usesJs(testInfo));
  if (response) expect(response.status()).toBe(404);

  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByText("Person not found")).toBeVisible();
  // The signed-in header, not the signed-out one.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toHaveCount(0);
  const reference = page.getByText(/Error 404 · reference [\w-]{8,}/);
  await expect(reference).toBeVisible();
  if (response) expect(await reference.textContent()).toContain(response.headers()["x-request-id"]);
  await expect(page.getByText(/at \w+ \(/)).toHaveCount(0); // no stack trace in production

  await page.getByRole("link", { name: "Back to your people" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("We couldn't find that page");
});

test("an unknown address keeps the signed-in header; a signed-out visitor gets the home page as the way back", async ({
  page,
}, testInfo) => {
  await newUser(page, testInfo, "errors-404");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your dashboard" })).toBeVisible();

  await page.context().clearCookies();
  const shared = await page.goto("/s/not-a-real-token-0000000000");
  expect(shared?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).first().click();
  await expect(page).toHaveURL(/\/$/);
});
