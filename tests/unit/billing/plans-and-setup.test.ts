import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOOKUP_KEYS, PLANS, planOfLookupKey, withinLimit } from "~/billing/plans";
import { action as checkoutAction } from "~/routes/billing.checkout";
import { action as changeAction, loader as changeLoader } from "~/routes/billing.change";
import { action as billingActionRoute, loader as billingLoader } from "~/routes/billing._index";
import { action as portalAction } from "~/routes/billing.portal";
import { loader as pricingLoader } from "~/routes/pricing";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { PAYMENTS_UNAVAILABLE } from "~/server/billing/stripe.server";
import { createDatabase, migrateToLatest } from "~/server/db/db.server";
import { migrations } from "../../../migrations/index";
import { startStripeLocal, type StripeLocal } from "../../support/stripe-local/server";
import { run, setupTestApp, type TestApp } from "../../support/test-app";
import { get, post } from "../readings/harness";
import { signedInUser } from "../../support/factories";
import { routeArgs } from "../../support/route";

describe("the plan table", () => {
  it("holds the limits every feature asks for", () => {
    const row = (key: keyof (typeof PLANS)["free"]["entitlements"]) =>
      (["free", "basic", "premium", "elite"] as const).map((id) => PLANS[id].entitlements[key]);
    expect(row("maxPeople")).toEqual([5, 20, 100, 1000]);
    expect(row("aiMessagesPerDay")).toEqual([10, 50, 200, 1000]);
    expect(row("trackedRemedies")).toEqual([1, 5, null, null]);
    expect(row("consultationDiscountPercent")).toEqual([0, 0, 10, 20]);
    for (const id of ["basic", "premium", "elite"] as const) {
      const { monthly, yearly } = PLANS[id].prices!;
      expect(yearly).toBe(monthly * 10); // two months free
    }
    expect(withinLimit(4, 5)).toBe(true);
    expect(withinLimit(5, 5)).toBe(false);
    expect(withinLimit(10_000, null)).toBe(true);
  });

  it("names each Stripe price by a lookup key and reads it back", () => {
    expect(LOOKUP_KEYS).toEqual([
      "basic_monthly",
      "basic_yearly",
      "premium_monthly",
      "premium_yearly",
      "elite_monthly",
      "elite_yearly",
    ]);
    expect(planOfLookupKey("elite_yearly")).toEqual({ plan: "elite", interval: "yearly" });
    expect(planOfLookupKey("gold_monthly")).toBeNull();
  });
});

describe("migration 0007", () => {
  it("applies to a database that already ran a later-numbered migration", async () => {
    const db = createDatabase({ url: "file::memory:" });
    const { "0007_billing": billing, ...others } = migrations;
    expect(billing).toBeDefined();
    await migrateToLatest(db, others);
    expect(await migrateToLatest(db)).toEqual(["0007_billing"]);
    await db.destroy();
  });
});

describe("npm run stripe:sync", () => {
  let stripe: StripeLocal;
  beforeAll(async () => {
    stripe = await startStripeLocal({ webhookSecret: "whsec_sync" });
  });
  afterAll(() => stripe.stop());

  const sync = () =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/stripe-sync.ts"], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        STRIPE_SECRET_KEY: "sk_test_sync",
        STRIPE_API_URL: stripe.url,
        LOG_LEVEL: "silent",
        DATA_DIR: "tests/.tmp/stripe-sync",
      },
    });

  it("creates the products and prices once; a second run creates nothing", async () => {
    expect((await sync()).stdout).toMatch(/9 created or updated/);
    expect((await sync()).stdout).toMatch(/0 created or updated \(none\), 9 unchanged/);
    expect(stripe.state.products.size).toBe(3);
    const prices = [...stripe.state.prices.values()];
    expect(prices).toHaveLength(6);
    expect(prices.map((p) => [p.lookup_key, p.unit_amount]).sort()).toEqual([
      ["basic_monthly", 499],
      ["basic_yearly", 4990],
      ["elite_monthly", 1999],
      ["elite_yearly", 19990],
      ["premium_monthly", 999],
      ["premium_yearly", 9990],
    ]);
  });

  it("moves a lookup key to a new price when the amount in the table differs, archiving the old one", async () => {
    const old = [...stripe.state.prices.values()].find((p) => p.lookup_key === "basic_monthly")!;
    old.unit_amount = 399; // as if the table had changed since the last sync
    expect((await sync()).stdout).toMatch(/1 created or updated \(basic_monthly\)/);
    expect(old).toMatchObject({ active: false, lookup_key: null });
    expect(stripe.state.prices.size).toBe(7);
  });
});

describe("without a Stripe key", () => {
  let app: TestApp;
  let user: { id: string; cookie: string };
  beforeAll(async () => {
    app = await setupTestApp();
    user = await signedInUser();
  });
  afterAll(() => app.cleanup());

  it("shows the plans and says payments aren't set up", async () => {
    const signedOut = await run(() => pricingLoader(routeArgs(new Request("http://localhost/pricing"))));
    expect(signedOut.data).toMatchObject({ currentPlan: null, mode: "sign-up" });
    const signedIn = await run(() => pricingLoader(routeArgs(get("/pricing", user.cookie))));
    expect(signedIn.data).toMatchObject({
      currentPlan: "free",
      mode: "unavailable",
      unavailable: PAYMENTS_UNAVAILABLE,
    });
    const billing = await run(() =>
      billingLoader(routeArgs(get("/billing?checkout=success&session_id=cs_x", user.cookie))),
    );
    expect(billing.data).toMatchObject({ unavailable: PAYMENTS_UNAVAILABLE, confirmed: null, subscription: null });
  });

  it("answers every billing POST with that message, never a 500", async () => {
    const outcomes = [
      await run(() =>
        checkoutAction(routeArgs(post("/billing/checkout", { plan: "basic", interval: "monthly" }, user.cookie))),
      ),
      await run(() => portalAction(routeArgs(post("/billing/portal", {}, user.cookie)))),
      await run(() => billingActionRoute(routeArgs(post("/billing", { intent: "cancel" }, user.cookie)))),
      await run(() =>
        changeAction(
          routeArgs(post("/billing/change", { plan: "elite", interval: "yearly", prorationDate: "1" }, user.cookie)),
        ),
      ),
      await run(() => changeLoader(routeArgs(get("/billing/change?to=elite:yearly", user.cookie)))),
    ];
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ status: 409, data: { problem: PAYMENTS_UNAVAILABLE } });
    const webhook = await run(() =>
      webhookAction(routeArgs(new Request("http://localhost/webhooks/stripe", { method: "POST", body: "{}" }))),
    );
    expect(webhook.status).toBe(400);
  });
});
