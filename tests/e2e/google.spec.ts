import { expect, test, type BrowserContext } from "@playwright/test";
import { completeOnboarding, expectAccessible, newUser, uniqueEmail } from "./helpers";

async function actAsGoogleUser(
  context: BrowserContext,
  identity: { sub: string; email: string; name: string; email_verified?: boolean },
) {
  await context.addCookies([
    {
      name: "mock_google_identity",
      value: encodeURIComponent(JSON.stringify({ email_verified: true, ...identity })),
      url: process.env.E2E_OAUTH_ISSUER!,
    },
  ]);
}

test("a new Google account signs up and lands on onboarding", async ({ page, context }, testInfo) => {
  const email = uniqueEmail("google-new", testInfo);
  await actAsGoogleUser(context, { sub: `sub-${email}`, email, name: "Gia Google" });
  await page.goto("/signup");
  await page.getByRole("button", { name: "Sign up with Google" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("heading", { name: "Nice to meet you, Gia Google" })).toBeVisible();
  await completeOnboarding(page);
  // Google vouched for the address: no verification banner.
  await expect(page.getByText("Please confirm your email address")).toHaveCount(0);

  // A password is a permanent way in: setting one needs a fresh Google sign-in, not just this session.
  await page.goto("/settings/password");
  await page.getByLabel("New password").fill("copper-kettle-harbour-5");
  await page.getByLabel("Type it again").fill("copper-kettle-harbour-5");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Confirm it's you with Google first")).toBeVisible();
  await page.getByRole("button", { name: "Confirm with Google" }).click();
  await expect(page).toHaveURL(/\/settings\/password$/);
  await expect(page.getByText("You can set a password in the next 10 minutes.")).toBeVisible();
  await page.getByLabel("New password").fill("copper-kettle-harbour-5");
  await page.getByLabel("Type it again").fill("copper-kettle-harbour-5");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
});

test("a Google account with a matching verified email links to the existing account", async ({
  page,
  context,
}, testInfo) => {
  const email = await newUser(page, testInfo, "google-link");
  await page.context().clearCookies();

  await actAsGoogleUser(context, { sub: `sub-${email}`, email, name: "Lin on Google" });
  await page.goto("/login");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Hello, Ada" })).toBeVisible();
});

test("an unverified Google email is refused with a clear message", async ({ page, context }, testInfo) => {
  const email = uniqueEmail("google-unverified", testInfo);
  await actAsGoogleUser(context, { sub: `sub-${email}`, email, name: "Una", email_verified: false });
  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("Your Google email address isn't verified")).toBeVisible();
});
