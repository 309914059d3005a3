import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "~/server/db/db-schema";
import { createUser } from "~/server/accounts/users.server";
import { currentSubscription, hasPaymentProblem, planOf } from "~/server/billing/subscription-state.server";
import { setupTestApp, type TestApp } from "../../support/test-app";

describe("which subscription counts", () => {
  let app: TestApp;
  let ada: User;
  let bea: User;
  beforeAll(async () => {
    app = await setupTestApp();
    ada = (await createUser({ email: "ada@example.test", name: "Ada", passwordHash: null }))!;
    bea = (await createUser({ email: "bea@example.test", name: "Bea", passwordHash: null }))!;
  });
  afterAll(() => app.cleanup());

  const subscribe = (user: User, id: string, status: string, createdAt: number) =>
    app.db
      .insertInto("billing_subscriptions")
      .values({
        id,
        user_id: user.id,
        plan: "premium",
        interval: "monthly",
        status,
        cancel_at_period_end: 0,
        period_end_at: null,
        ended_at: null,
        read_at: createdAt,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();

  it("is none for a user who never subscribed", async () => {
    expect(await currentSubscription(ada.id)).toBeNull();
    expect(planOf(null)).toBe("free");
    expect(await hasPaymentProblem(ada.id)).toBe(false);
  });

  it("prefers a live subscription to a newer one that ended, and else takes the latest", async () => {
    await subscribe(ada, "sub_old_canceled", "canceled", 1_000);
    await subscribe(ada, "sub_newest_canceled", "canceled", 3_000);
    expect((await currentSubscription(ada.id))?.id).toBe("sub_newest_canceled");
    await subscribe(ada, "sub_live", "active", 2_000);
    await subscribe(ada, "sub_expired", "incomplete_expired", 4_000);
    const current = await currentSubscription(ada.id);
    expect(current?.id).toBe("sub_live");
    expect(planOf(current)).toBe("premium");
  });

  it("flags a payment problem from any of the user's subscriptions, and only the user's own", async () => {
    await subscribe(bea, "sub_bea_unpaid", "unpaid", 1_000);
    expect(await hasPaymentProblem(bea.id)).toBe(true);
    expect(await hasPaymentProblem(ada.id)).toBe(false);
    expect(planOf(await currentSubscription(bea.id))).toBe("free");
  });
});
