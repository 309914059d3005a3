import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as adminAction, loader as adminLoader } from "~/routes/admin.billing";
import { action as deleteAction } from "~/routes/settings.delete-account";
import { loader as billingLoader } from "~/routes/billing._index";
import { buildExport } from "~/server/privacy/data-export.server";
import { getDb } from "~/server/db/db.server";
import { purgeAccount } from "~/server/privacy/purge.server";
import { updateUser } from "~/server/accounts/users.server";
import { run } from "../../support/test-app";
import { get, post } from "../readings/harness";
import { PASSWORD } from "../privacy/helpers";
import { ADMIN_EMAIL, deliver, startBilling, subscribe, type BillingHarness } from "./harness";
import { makeUser, signedInCookie } from "../../support/factories";
import { routeArgs } from "../../support/route";

let h: BillingHarness;
let admin: { id: string; cookie: string };
let customer: { id: string; cookie: string; email: string };

beforeAll(async () => {
  h = await startBilling();
  const operator = await makeUser({ email: ADMIN_EMAIL, password: PASSWORD });
  admin = { id: operator.id, cookie: await signedInCookie(operator.id) };
  const payer = await makeUser({ email: "payer@example.com", password: PASSWORD });
  customer = { id: payer.id, cookie: await signedInCookie(payer.id), email: payer.email };
  await subscribe(h.stripe, customer.id, "basic", "monthly");
  await h.deliverPending();
});
afterAll(() => h.close());

const lookup = (cookie: string, email = customer.email) =>
  run(() => adminLoader(routeArgs(get(`/admin/billing?email=${encodeURIComponent(email)}`, cookie))));
const refund = (cookie: string, fields: Record<string, string>) =>
  run(() => adminAction(routeArgs(post("/admin/billing", { email: customer.email, ...fields }, cookie))));

describe("operators", () => {
  it("answer 404 to everyone not in ADMIN_EMAILS, and to an unverified admin email", async () => {
    expect((await lookup(customer.cookie)).status).toBe(404);
    expect((await refund(customer.cookie, { invoiceId: "in_x", amount: "1", reason: "duplicate" })).status).toBe(404);
    await updateUser(admin.id, { email_verified_at: null });
    expect((await lookup(admin.cookie)).status).toBe(404);
    await updateUser(admin.id, { email_verified_at: Date.now() });
  });

  it("find a customer's invoices, refund part of one, and the refund shows once Stripe reports it", async () => {
    const found = await lookup(admin.cookie);
    const { found: result } = found.data as { found: { invoices: Array<{ id: string; refundable: number }> } };
    const invoice = result.invoices[0];
    expect(invoice.refundable).toBe(499);
    const tooMuch = await refund(admin.cookie, {
      invoiceId: invoice.id,
      amount: "5.00",
      reason: "requested_by_customer",
    });
    expect(tooMuch).toMatchObject({ status: 400, data: { problem: "At most $4.99 of this invoice can be refunded." } });
    for (const amount of ["", "-1", "abc", "0"]) {
      expect((await refund(admin.cookie, { invoiceId: invoice.id, amount, reason: "duplicate" })).status).toBe(400);
    }
    expect((await refund(admin.cookie, { invoiceId: invoice.id, amount: "1", reason: "because" })).status).toBe(400);

    const done = await refund(admin.cookie, { invoiceId: invoice.id, amount: "2.00", reason: "requested_by_customer" });
    expect(done.status).toBe(302);
    expect([...h.stripe.state.refunds.values()]).toMatchObject([{ amount: 200, reason: "requested_by_customer" }]);
    let page = (await run(() => billingLoader(routeArgs(get("/billing", customer.cookie))))).data as {
      invoices: Array<{ refunds: unknown[] }>;
    };
    expect(page.invoices[0].refunds).toEqual([]);
    await h.deliverPending();
    page = (await run(() => billingLoader(routeArgs(get("/billing", customer.cookie))))).data as typeof page;
    expect(page.invoices[0].refunds).toMatchObject([{ amount: 200, status: "succeeded" }]);

    const log = await getDb()
      .selectFrom("security_events")
      .select(["type", "detail"])
      .where("user_id", "=", admin.id)
      .execute();
    expect(log.map((e) => e.type)).toEqual(["admin.billing-lookup", "admin.refund"]);
    expect(log[1].detail).toMatch(/^re_\w+ \$2\.00 on in_\w+ \(requested_by_customer\)$/);
  });

  it("exports billing history with the account", async () => {
    const data = await buildExport(customer.id);
    expect(data!.tables.billing_invoices).toHaveLength(1);
    expect(data!.tables.billing_refunds).toMatchObject([{ amount: 200 }]);
    expect(data!.tables.billing_subscriptions).toMatchObject([{ plan: "basic", status: "active" }]);
  });

  it("cancels the subscription at once when the account is deleted, and the purge deletes the Stripe customer", async () => {
    const stripeCustomer = [...h.stripe.state.customers.values()].find((c) => c.email === customer.email)!;
    const outcome = await run(() =>
      deleteAction(
        routeArgs(
          post("/settings/delete-account", { password: PASSWORD, confirm: "DELETE", when: "grace" }, customer.cookie),
        ),
      ),
    );
    expect(outcome.status).toBe(302);
    expect([...h.stripe.state.subscriptions.values()].find((s) => s.customer === stripeCustomer.id)!.status).toBe(
      "canceled",
    );
    await getDb()
      .updateTable("account_deletions")
      .set({ purge_after: Date.now() - 1 })
      .where("user_id", "=", customer.id)
      .execute();
    expect(await purgeAccount(customer.id)).toBe("purged");
    expect(h.stripe.state.customers.has(stripeCustomer.id)).toBe(false);
    expect(
      await getDb().selectFrom("billing_invoices").select("id").where("user_id", "=", customer.id).execute(),
    ).toEqual([]);
    // Events first delivered only now (as if Stripe had been retrying): acknowledged, nothing written.
    await getDb().deleteFrom("stripe_events").execute();
    for (const event of h.stripe.events) expect((await deliver(event)).status).toBe(200);
    const links = await getDb().selectFrom("billing_customers").select("user_id").where("user_id", "=", customer.id);
    expect(await links.execute()).toEqual([]);
  });
});
