import { expect, test } from "@playwright/test";
import { expectAccessible, logIn, newUser, PASSWORD, postForm } from "./helpers";

test("the sessions page signs out another device", async ({ page, browser }, testInfo) => {
  const email = await newUser(page, testInfo, "sessions");

  const otherContext = await browser.newContext({
    javaScriptEnabled: testInfo.project.name === "js",
    userAgent: "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0",
  });
  const other = await otherContext.newPage();
  expect(await postForm(other, "/login", { email, password: PASSWORD })).toBe("/dashboard");

  await page.goto("/settings/sessions");
  await expectAccessible(page);
  await expect(page.getByTestId("session")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out Firefox on Windows" }).click();
  await expect(page.getByText("That session is signed out.")).toBeVisible();
  await expect(page.getByTestId("session")).toHaveCount(1);

  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await otherContext.close();
});

test("log out everywhere ends every session", async ({ page, browser }, testInfo) => {
  const email = await newUser(page, testInfo, "everywhere");
  const otherContext = await browser.newContext({ javaScriptEnabled: testInfo.project.name === "js" });
  const other = await otherContext.newPage();
  expect(await postForm(other, "/login", { email, password: PASSWORD })).toBe("/dashboard");

  await page.goto("/settings/sessions");
  await page.getByRole("button", { name: "Log out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  await otherContext.close();
});

test("change the password from settings", async ({ page }, testInfo) => {
  const email = await newUser(page, testInfo, "change");
  await page.goto("/settings/password");
  await expectAccessible(page);
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("copper-meadow-19");
  await page.getByLabel("Type it again").fill("copper-meadow-19");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill("violet-harbour-42");
  await page.getByLabel("New password").fill("copper-meadow-19");
  await page.getByLabel("Type it again").fill("copper-meadow-19");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await page.context().clearCookies();
  await logIn(page, email, "copper-meadow-19");
  await expect(page).toHaveURL(/\/dashboard$/);
});
