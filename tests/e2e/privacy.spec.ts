import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { addPersonDirectly, expectAccessible, logIn, newUser, PASSWORD, uniqueEmail } from "./helpers";

async function deleteAccount(page: Page, when: "grace" | "now") {
  await page.goto("/settings/delete-account");
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  if (when === "now") await page.getByLabel(/Right now/).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("the data export downloads a JSON file with the user's person in it", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "export");
  await addPersonDirectly(page, {
    name: "Grandma Rose",
    birthName: "Rose Marie Fontaine",
    birthDate: "1941-02-03",
    relation: "parent",
  });

  await page.goto("/settings/privacy");
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^numerai-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(file).toMatchObject({
    format: "numerai-export",
    version: 1,
    profile: { birthName: "Ada Lovelace Byron", birthDate: "1815-12-10" },
  });
  expect(file.tables.people).toEqual([
    expect.objectContaining({
      name: "Grandma Rose",
      birth_name: "Rose Marie Fontaine",
      birth_date: "1941-02-03",
      relation: "parent",
    }),
  ]);
  expect(file.account).not.toHaveProperty("password_hash");
  expect(file.tables.sessions[0]).not.toHaveProperty("id_hash");

  // The download shows up in the security log.
  await page.goto("/settings/security");
  await expectAccessible(page);
  await expect(page.getByTestId("security-event").first()).toContainText("Data export downloaded");
  await expect(page.getByTestId("security-event").filter({ hasText: "Account created" })).toHaveCount(1);
});

test("deleting with the grace period signs out, refuses sign-in with a restore offer, and restoring works", async ({
  page,
}, testInfo) => {
  const email = await newUser(page, testInfo, "grace");
  await page.goto("/settings/delete-account");
  await expectAccessible(page);

  // A wrong confirmation is explained next to the field and changes nothing.
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByLabel("Type DELETE to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type DELETE in capital letters to confirm.")).toBeVisible();
  await expect(page.getByLabel("Type DELETE to confirm")).toHaveAttribute("aria-invalid", "true");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);

  await deleteAccount(page, "grace");
  await expect(page.getByText(/Your account is deactivated and will be deleted for good on/)).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, email);
  await expect(page).toHaveURL(/\/restore-account$/);
  await expect(
    page.getByText(/This account is scheduled for deletion on \d{1,2} \w+ \d{4}\. Restore it\?/),
  ).toBeVisible();
  await expectAccessible(page);
  // Leaving it scheduled keeps the user signed out.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, email);
  await page.getByRole("button", { name: "Restore my account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Welcome back! Your account is restored and will not be deleted.")).toBeVisible();
  await page.goto("/settings/security");
  await expect(page.getByTestId("security-event").filter({ hasText: "Account restored" })).toHaveCount(1);
  await expect(page.getByTestId("security-event").filter({ hasText: "Account deletion requested" })).toHaveCount(1);
});

test("deleting now erases the account: signing in says there is no such account", async ({ page }, testInfo) => {
  const email = await newUser(page, testInfo, "now");
  await deleteAccount(page, "now");
  await expect(page.getByText("Your account and everything in it are deleted.", { exact: false })).toBeVisible();
  await logIn(page, email);
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test("the privacy policy and terms are linked from the footer and the sign-up form", async ({ page }) => {
  await page.goto("/signup");
  await expect(page.getByText("By creating an account you agree to the Terms and Privacy policy.")).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy policy" })).toBeVisible();
  await expect(page.getByText("We never sell your data")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Terms" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terms of use" })).toBeVisible();
  await expectAccessible(page);
});

test("a Google-only account confirms with Google before deleting, and Google sign-in then offers the restore", async ({
  page,
  context,
}, testInfo) => {
  const email = uniqueEmail("google-delete", testInfo);
  await context.addCookies([
    {
      name: "mock_google_identity",
      value: encodeURIComponent(JSON.stringify({ sub: `sub-${email}`, email, name: "Gil", email_verified: true })),
      url: process.env.E2E_OAUTH_ISSUER!,
    },
  ]);
  await page.goto("/signup");
  await page.getByRole("button", { name: "Sign up with Google" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);

  await page.goto("/settings/delete-account");
  await expect(page.getByLabel("Your password")).toHaveCount(0);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Confirm it's you with Google first, then delete the account.")).toBeVisible();

  await page.getByRole("button", { name: "Confirm with Google" }).click();
  await expect(page).toHaveURL(/\/settings\/delete-account$/);
  await expect(page.getByText(/Confirmed with Google\. You can delete the account until/)).toBeVisible();
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/deactivated and will be deleted for good on/)).toBeVisible();

  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page).toHaveURL(/\/restore-account$/);
  await expect(page.getByText(/This account is scheduled for deletion on/)).toBeVisible();
});
