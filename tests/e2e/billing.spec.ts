import { expect, test, type Page } from "@playwright/test";
import { addPersonDirectly, expectAccessible, mailLink, newUser, PASSWORD, postForm, usesJs } from "./helpers";

/** The local Stripe stand-in started by global-setup: its REST API and its test controls. */
async function stripeApi(path: string, method = "GET") {
  const response = await fetch(`${process.env.E2E_STRIPE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${process.env.E2E_STRIPE_KEY}` },
  });
  expect(response.ok, `${method} ${path}`).toBe(true);
  return (await response.json()) as { data: Array<{ id: string }> };
}

async function subscriptionIdOf(email: string) {
  const customers = await stripeApi(`/v1/customers?email=${encodeURIComponent(email)}`);
  const subscriptions = await stripeApi(`/v1/subscriptions?customer=${customers.data[0].id}`);
  return subscriptions.data[0].id;
}

/** /pricing → Stripe Checkout → pay → back on /billing with the plan confirmed. */
async function buy(page: Page, button: string, planName: string) {
  await page.goto("/pricing");
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { name: "Local Stripe Checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Pay and subscribe" }).click();
  await expect(page).toHaveURL(/\/billing\?checkout=success/);
  await expect(page.getByText(`Thank you! You're on ${planName} now.`)).toBeVisible();
}

/** Reloads until the text shows: webhooks arrive a moment after the change that caused them. */
async function eventually(page: Page, path: string, text: string | RegExp) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

test("free → Premium through Checkout, a 6th person, switch to yearly, cancel and resume", async ({
  page,
}, testInfo) => {
  await newUser(page, testInfo, "upgrade");
  for (let i = 0; i < 5; i += 1) await addPersonDirectly(page);
  await page.goto("/people");
  await expect(page.getByText("Your plan keeps up to 5 people")).toBeVisible();

  await page.goto("/pricing");
  await expect(page.getByRole("columnheader", { name: "Free Your plan" })).toBeVisible();
  await expectAccessible(page);
  await buy(page, "Premium monthly", "Premium");
  await expect(page.getByRole("region", { name: "Your plan" })).toContainText("Premium, billed monthly");
  await expectAccessible(page);

  await addPersonDirectly(page);
  await page.goto("/people");
  await expect(page.getByText("6 of 100 people.")).toBeVisible();

  await page.goto("/billing");
  await page.getByLabel("Switch to").selectOption("premium:yearly");
  await page.getByRole("button", { name: "Preview the change" }).click();
  await expect(page.getByText(/You'll be charged \$\d+\.\d\d now/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm the switch" }).click();
  await expect(page.getByText("You're on Premium, billed yearly, now.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Your plan" })).toContainText("Premium, billed yearly");

  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(page.getByText(/Cancelled: it ends on/)).toBeVisible();
  await page.getByRole("button", { name: "Resume my plan" }).click();
  await expect(page.getByText(/Renews on/)).toBeVisible();
  // Both invoices (the first month, the switch) are in the history once Stripe has reported them.
  await eventually(page, "/billing", /NUMLOCAL-\d+/);
  await expect(page.getByRole("link", { name: /^View invoice/ })).toHaveCount(2);
});

test("a failed renewal shows a banner everywhere; fixing the payment method in the portal clears it", async ({
  page,
}, testInfo) => {
  const email = await newUser(page, testInfo, "pastdue");
  await buy(page, "Basic monthly", "Basic");
  await stripeApi(`/_local/subscriptions/${await subscriptionIdOf(email)}/past-due`, "POST");
  await eventually(page, "/dashboard", "Your last payment didn't go through.");
  await expect(page.getByText("past_due")).toHaveCount(0);
  await page.goto("/billing");
  await expect(page.getByText("Status: past_due")).toBeVisible();
  await page
    .getByRole("region", { name: "Payment problem" })
    .getByRole("button", { name: "Fix my payment method" })
    .click();
  await expect(page.getByRole("heading", { name: "Local Stripe Billing Portal" })).toBeVisible();
  await page.getByRole("button", { name: "Update payment method" }).click();
  await expect(page).toHaveURL(/\/billing$/);
  await eventually(page, "/billing", "Status: active");
  await expect(page.getByRole("region", { name: "Payment problem" })).toHaveCount(0);
});

test("an operator refunds part of a payment and it shows in the customer's history", async ({
  page,
  browser,
}, testInfo) => {
  const email = await newUser(page, testInfo, "refunded");
  await buy(page, "Elite monthly", "Elite");

  const operator = await (await browser.newContext({ javaScriptEnabled: usesJs(testInfo) })).newPage();
  const adminEmail = `operator-${testInfo.project.name}@example.com`;
  await operator.request.post("/signup", {
    form: { name: "Operator", email: adminEmail, password: PASSWORD },
    headers: { Origin: process.env.E2E_BASE_URL! },
  });
  expect(await postForm(operator, "/login", { email: adminEmail, password: PASSWORD })).toMatch(
    /\/(onboarding|dashboard)$/,
  );
  // Operators must have confirmed their email.
  await operator.goto(await mailLink(adminEmail, /Confirm your email/));
  await operator.getByRole("button", { name: "Confirm my email" }).click();
  await expect(operator.getByText("Your email address is confirmed.")).toBeVisible();

  await operator.goto("/admin/billing");
  await operator.getByLabel("Customer email").fill(email);
  await operator.getByRole("button", { name: "Find" }).click();
  await expect(operator.getByRole("heading", { name: `Ada (${email})` })).toBeVisible();
  await expectAccessible(operator);
  await operator.getByLabel(/^Amount/).fill("5.00");
  await operator.getByLabel("Reason").selectOption("requested_by_customer");
  await operator.getByRole("button", { name: /^Refund invoice/ }).click();
  await expect(operator.getByText("Refund of $5.00 sent to Stripe.")).toBeVisible();

  await eventually(page, "/billing", /Refunded \$5\.00 on/);
  await operator.context().close();
});

test("non-operators get 404 for /admin @once", async ({ page }, testInfo) => {
  await newUser(page, testInfo, "notadmin");
  expect((await page.goto("/admin/billing"))!.status()).toBe(404);
  expect(
    (
      await page.request.post("/admin/billing", {
        form: { invoiceId: "in_1", amount: "1", reason: "duplicate" },
        headers: { Origin: process.env.E2E_BASE_URL! },
      })
    ).status(),
  ).toBe(404);
});
