import { expect, test } from "@playwright/test";
import {
  completeOnboarding,
  expectAccessible,
  logIn,
  logOut,
  mailLink,
  newUser,
  PASSWORD,
  signUp,
  uniqueEmail,
} from "./helpers";

test("sign up, onboard, log out, log in and edit the profile", async ({ page }, testInfo) => {
  const email = uniqueEmail("flow", testInfo);
  await signUp(page, { name: "Grace", email });
  await expectAccessible(page);
  await completeOnboarding(page, {
    birthName: "Grace Brewster Murray",
    birthDate: "1906-12-09",
    timezone: "America/New_York",
  });
  await expect(page.getByRole("heading", { name: "Hello, Grace" })).toBeVisible();
  await expect(page.getByText("Please confirm your email address")).toBeVisible();
  await expectAccessible(page);

  await logOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdashboard/);

  await logIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/settings/profile");
  await expectAccessible(page);
  await expect(page.getByLabel("Full birth name")).toHaveValue("Grace Brewster Murray");
  await page.getByLabel("Full birth name").fill("Grace Brewster Hopper");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Full birth name")).toHaveValue("Grace Brewster Hopper");
});

test("bad sign-up input gets clear messages and creates nothing", async ({ page }, testInfo) => {
  const email = uniqueEmail("bad", testInfo);
  await page.goto("/signup");
  await expectAccessible(page);

  // Passes the browser's own email check but not ours (no top-level domain).
  await page.getByLabel("Your name").fill("Bad Input");
  await page.getByLabel("Email").fill("someone@localhost");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page).toHaveURL(/\/signup$/);

  // A common password passes length rules; the server refuses it next to the field.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("one of the most common")).toBeVisible();

  // Too short: the browser (no JS) or our client validation (JS) stops it before it is sent.
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  const tooShort = await page
    .getByLabel("Password")
    .evaluate((el: HTMLInputElement) => el.validity.tooShort || el.getAttribute("aria-invalid") === "true");
  expect(tooShort).toBe(true);

  // Nothing was created: logging in with that email fails.
  await logIn(page, email);
  await expect(page.getByText("don't match an account")).toBeVisible();

  // A taken email gets the same answer as a new one (no way to probe for accounts); its owner gets a mail.
  expect((await page.request.post("/signup", { form: { name: "First", email, password: PASSWORD } })).status()).toBe(
    200,
  );
  await page.context().clearCookies();
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  expect(await mailLink(email, /tried to sign up/)).toMatch(/\/reset-password\?token=/);
});

test("forgot and reset the password through the emailed link", async ({ page }, testInfo) => {
  const email = await newUser(page, testInfo, "reset");
  await page.context().clearCookies();

  await page.goto("/forgot-password");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const link = await mailLink(email, /Reset your NumerAI password/);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("New password").fill("amber-lantern-77");
  await page.getByLabel("Type it again").fill("amber-lantern-77");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("Your password is changed")).toBeVisible();

  await logIn(page, email, "amber-lantern-77");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link is single-use.
  await page.goto(link);
  await expect(page.getByText("expired or was already used")).toBeVisible();
});

test("verify the email address from the emailed link", async ({ page }, testInfo) => {
  const email = await newUser(page, testInfo, "verify");
  const link = await mailLink(email, /Confirm your email/);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  await expect(page.getByText("Please confirm your email address")).toHaveCount(0);
});

test("a cross-site form post is refused", { tag: "@once" }, async ({ request, baseURL }) => {
  const response = await request.post("/login", {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    form: { email: "a@example.com", password: "whatever-1" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  const sameOrigin = await request.post("/login", {
    headers: { Origin: baseURL! },
    form: { email: "a@example.com", password: "x" },
    maxRedirects: 0,
  });
  expect(sameOrigin.status()).toBe(400);
});
