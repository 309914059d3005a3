import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { queueAccountEmail } from "~/server/accounts/account-mail.server";
import { getDb } from "~/server/db/db.server";
import { acquireLease } from "~/server/jobs/lease.server";
import { createUser } from "~/server/accounts/users.server";
import { listDeadLetters, requeueDeadLetter } from "~/server/outbox/dead-letters.server";
import { deliveries } from "~/server/outbox/deliveries.server";
import {
  enqueue,
  MAX_ATTEMPTS,
  OUTBOX_JOB,
  retryDelayMs,
  RetryLater,
  runOutboxPass,
  type Deliveries,
} from "~/server/outbox/outbox.server";
import { deliverOutbox, startOutboxWorker, stopOutboxWorker } from "~/server/outbox/worker.server";
import { startSmtpCapture } from "../../support/smtp-capture";
import { freePort } from "../../support/app-server";
import { setupTestApp, type TestApp } from "../../support/test-app";

/**
 * The outbox is generic: these tests give it a kind of their own ("note", which records what it was
 * asked to do and fails on request) besides the real account mail over real SMTP.
 */

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpPort: number;
beforeAll(async () => {
  // The SMTP server starts later, on this port: until then, sending fails as it would with SMTP down.
  smtpPort = await freePort();
  app = await setupTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } });
});
afterAll(async () => {
  await stopOutboxWorker();
  await smtp?.close();
  await app.cleanup();
});

const done: string[] = [];
const failing = new Set<string>();
const notes: Deliveries = {
  note: {
    schema: z.object({ text: z.string() }),
    async deliver({ text }: { text: string }) {
      if (failing.has(text)) throw new Error(`cannot deliver ${text}`);
      done.push(text);
    },
  },
};

const row = (key: string) =>
  getDb().selectFrom("outbox").selectAll().where("idempotency_id", "=", key).executeTakeFirstOrThrow();

describe("outbox", () => {
  it("queues work once per idempotency key and delivers it in order", async () => {
    expect(await enqueue("note", { text: "first" }, { key: "note:first" })).toBe(true);
    expect(await enqueue("note", { text: "first again" }, { key: "note:first" })).toBe(false);
    expect(await enqueue("note", { text: "second" }, { key: "note:second" })).toBe(true);

    const run = await runOutboxPass(notes);
    expect(run).toMatchObject({ ran: true, sent: 2, retried: 0, dead: 0 });
    expect(done).toEqual(["first", "second"]);
    expect(await row("note:first")).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    // Nothing is due any more: a second pass does nothing.
    expect(await runOutboxPass(notes)).toMatchObject({ sent: 0 });
  });

  it("retries a failed delivery with growing delays, then sets it aside as dead after MAX_ATTEMPTS", async () => {
    failing.add("flaky");
    let now = Date.now();
    await enqueue("note", { text: "flaky" }, { key: "note:flaky", now });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const run = await runOutboxPass(notes, { now: () => now });
      const state = await row("note:flaky");
      expect(state.attempts).toBe(attempt);
      expect(state.last_error).toBe("cannot deliver flaky");
      if (attempt < MAX_ATTEMPTS) {
        expect(run.retried).toBe(1);
        expect(state.status).toBe("pending");
        delays.push(state.next_attempt_at - now);
        // Not due before its time.
        expect((await runOutboxPass(notes, { now: () => state.next_attempt_at - 1 })).retried).toBe(0);
        now = state.next_attempt_at;
      } else {
        expect(run.dead).toBe(1);
        expect(state.status).toBe("dead");
      }
    }
    expect(delays).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)));
    expect(delays[0]).toBe(30_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    // A dead row is never tried again.
    failing.delete("flaky");
    expect((await runOutboxPass(notes, { now: () => now + 24 * 60 * 60 * 1000 })).sent).toBe(0);
    expect(done).not.toContain("flaky");
  });

  it("sets aside at once what no retry can fix: an unknown kind or a payload its schema refuses", async () => {
    await enqueue("carrier-pigeon", { to: "nobody" }, { key: "pigeon" });
    await enqueue("note", { wrong: true }, { key: "note:malformed" });
    expect(await runOutboxPass(notes)).toMatchObject({ dead: 2 });
    expect(await row("pigeon")).toMatchObject({ status: "dead", attempts: 1, last_error: "no delivery for this kind" });
    expect((await row("note:malformed")).status).toBe("dead");
  });

  it("shows dead letters to operators and queues one again on request", async () => {
    const dead = await listDeadLetters();
    expect(dead.map((d) => d.kind)).toEqual(expect.arrayContaining(["carrier-pigeon", "note"]));
    const pigeon = dead.find((d) => d.kind === "carrier-pigeon")!;
    expect(pigeon).toMatchObject({ attempts: 1, last_error: "no delivery for this kind" });
    const flaky = await row("note:flaky");
    expect(await requeueDeadLetter(flaky.id)).toBe(true);
    expect(await requeueDeadLetter(flaky.id)).toBe(false); // no longer dead
    expect(await runOutboxPass(notes)).toMatchObject({ sent: 1 });
    expect(done).toContain("flaky");
  });

  it("waits as long as the receiver's Retry-After asks when that is longer than its backoff, and gives handlers the key", async () => {
    const keys: string[] = [];
    const busy: Deliveries = {
      busy: {
        schema: z.object({}),
        async deliver(_payload: unknown, { key }: { key: string }) {
          keys.push(key);
          throw new RetryLater("try in an hour", 3_600_000);
        },
      },
    };
    const now = Date.now();
    await enqueue("busy", {}, { key: "busy:1", now });
    expect(await runOutboxPass(busy, { now: () => now })).toMatchObject({ retried: 1 });
    expect((await row("busy:1")).next_attempt_at).toBe(now + 3_600_000);
    expect(keys).toEqual(["busy:1"]);
  });

  it("runs in one process at a time: another holder's live lease means this pass does nothing", async () => {
    await enqueue("note", { text: "leased" }, { key: "note:leased" });
    expect(await acquireLease(getDb(), OUTBOX_JOB, "another-process", Date.now(), 60_000)).toBe(true);
    expect(await runOutboxPass(notes)).toEqual({ ran: false, sent: 0, retried: 0, dead: 0 });
    expect((await row("note:leased")).status).toBe("pending");
    // The lease lapses (its holder died): this process takes over.
    expect((await runOutboxPass(notes, { now: () => Date.now() + 61_000 })).sent).toBe(1);
  });

  it("retries account mail while SMTP is down and sends it once SMTP is back, with the link on the app's origin", async () => {
    const user = await createUser({ email: "outbox.owner@example.com", name: "Olu", passwordHash: null });
    await queueAccountEmail(user!.id, "reset-password");
    const failed = await runOutboxPass(deliveries);
    expect(failed.retried).toBe(1);
    const [queued] = await getDb().selectFrom("outbox").selectAll().where("user_id", "=", user!.id).execute();
    expect(queued).toMatchObject({ kind: "account-email", status: "pending", attempts: 1 });
    expect(queued.last_error).toMatch(/ECONNREFUSED/);
    // The row holds no link token: it is made when the mail is sent.
    expect(queued.payload).toBe(JSON.stringify({ userId: user!.id, email: "reset-password" }));

    smtp = await startSmtpCapture({ port: smtpPort });
    expect((await runOutboxPass(deliveries, { now: () => queued.next_attempt_at })).sent).toBe(1);
    const link = await smtp.waitForLink("outbox.owner@example.com", /reset your numerai password/i);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/reset-password\?token=[\w-]{43}$/);
  });

  it("wakes its worker the moment something is queued, without waiting for the next poll", async () => {
    startOutboxWorker(60 * 60 * 1000);
    await deliverOutbox(); // the start-up pass
    const user = await createUser({ email: "outbox.woken@example.com", name: "Wen", passwordHash: null });
    await queueAccountEmail(user!.id, "verify-email");
    await smtp.waitForLink("outbox.woken@example.com", /confirm your email/i, 5_000);
  });
});
