import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/server/db/db.server";
import { acquireLease } from "~/server/jobs/lease.server";
import {
  HOUSEKEEPING_JOB,
  KEEP_DEAD_OUTBOX_MS,
  KEEP_NOTIFICATIONS_MS,
  KEEP_SENT_OUTBOX_MS,
  runHousekeeping,
} from "~/server/jobs/housekeeping.server";
import { notify } from "~/server/notifications/notify.server";
import { enqueue } from "~/server/outbox/outbox.server";
import { hitRateLimit } from "~/server/http/rate-limit.server";
import { startSession } from "~/server/session/session.server";
import { consumeUserToken, issueUserToken } from "~/server/accounts/tokens.server";
import { setupTestApp, testContext, type TestApp } from "../../support/test-app";
import { makeUser } from "../../support/factories";
import { PASSWORD } from "../privacy/helpers";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app.cleanup());

const db = () => getDb();
const DAY = 24 * 60 * 60 * 1000;
const keys = async (table: "rate_limits") => (await db().selectFrom(table).select("key").execute()).map((r) => r.key);

describe("housekeeping", () => {
  it("deletes expired sessions, used or expired tokens, ended rate-limit windows, old outbox rows and notifications over 90 days, and nothing else", async () => {
    const user = await makeUser({ email: "tidy@example.com", password: PASSWORD });
    const request = new Request("http://localhost/login", { method: "POST" });
    await startSession(user.id, request, testContext());
    await startSession(user.id, request, testContext());
    const [live, expired] = await db()
      .selectFrom("sessions")
      .select("id_hash")
      .where("user_id", "=", user.id)
      .execute();
    await db()
      .updateTable("sessions")
      .set({ expires_at: Date.now() - 1 })
      .where("id_hash", "=", expired.id_hash)
      .execute();

    const used = await issueUserToken(user.id, "reset-password");
    await consumeUserToken(used, "reset-password");
    await issueUserToken(user.id, "verify-email");
    await db()
      .updateTable("user_tokens")
      .set({ expires_at: Date.now() - 1 })
      .where("purpose", "=", "verify-email")
      .execute();
    await issueUserToken(user.id, "reset-password"); // live

    // Keys anyone can make up by sending requests: ended windows go, running ones stay.
    await hitRateLimit("ip:login:203.0.113.1", 10, 60_000);
    await hitRateLimit("ip:login:203.0.113.2", 10, 60_000);
    await db()
      .updateTable("rate_limits")
      .set({ reset_at: Date.now() - 1 })
      .where("key", "=", "ip:login:203.0.113.1")
      .execute();

    const now = Date.now();
    const outbox = {
      sentLongAgo: now - KEEP_SENT_OUTBOX_MS - DAY,
      sentRecently: now - DAY,
      deadLongAgo: now - KEEP_DEAD_OUTBOX_MS - DAY,
      deadRecently: now - KEEP_SENT_OUTBOX_MS - DAY,
      pendingLongAgo: now - KEEP_DEAD_OUTBOX_MS - DAY,
    };
    for (const [key, at] of Object.entries(outbox)) {
      await enqueue("note", {}, { key, now: at });
      const status = key.startsWith("sent") ? "sent" : key.startsWith("dead") ? "dead" : "pending";
      await db().updateTable("outbox").set({ status, updated_at: at }).where("idempotency_id", "=", key).execute();
    }

    const message = { title: "Old news", body: "", url: "/notifications" };
    await notify(user.id, "account", message, {
      key: "old",
      now: now - KEEP_NOTIFICATIONS_MS - DAY,
      channels: ["in_app"],
    });
    await notify(user.id, "account", message, {
      key: "recent",
      now: now - KEEP_NOTIFICATIONS_MS + DAY,
      channels: ["in_app"],
    });

    const run = await runHousekeeping();
    expect(run).toEqual({
      ran: true,
      deleted: { sessions: 1, tokens: 2, rateLimits: 1, outbox: 2, notifications: 1 },
    });
    const notifications = await db().selectFrom("notifications").select("dedupe_id").execute();
    expect(notifications.map((n) => n.dedupe_id)).toEqual(["recent"]);
    expect((await db().selectFrom("sessions").select("id_hash").execute()).map((s) => s.id_hash)).toEqual([
      live.id_hash,
    ]);
    const tokens = await db().selectFrom("user_tokens").selectAll().execute();
    expect(tokens.map((t) => [t.purpose, t.used_at])).toEqual([["reset-password", null]]);
    expect(await keys("rate_limits")).toEqual(["ip:login:203.0.113.2"]);
    const left = (await db().selectFrom("outbox").select("idempotency_id").execute()).map((r) => r.idempotency_id);
    expect(left.sort()).toEqual(["deadRecently", "pendingLongAgo", "sentRecently"]);
  });

  it("runs in one process at a time", async () => {
    expect(await acquireLease(db(), HOUSEKEEPING_JOB, "another-process", Date.now(), 60_000)).toBe(true);
    expect((await runHousekeeping()).ran).toBe(false);
  });
});
