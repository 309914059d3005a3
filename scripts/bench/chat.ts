/**
 * The AI guide with the embedded model, over HTTP against the built app (`npm run bench:chat`, builds
 * first): for 50 questions from the question table, the time to the first answer token and to the last
 * byte of the stream, measured by a client reading POST /api/chat's SSE stream. /healthz round trips in
 * the same run give the floor. Goals: first token < 300 ms, whole answer < 2 s.
 */
import { randomUUID } from "node:crypto";
import { CHAT_QUESTIONS } from "../../tests/fixtures/chat-questions.ts";
import { expectRedirect, postForm, signedInCookie, startApp, stopApp } from "./app.ts";

const QUESTIONS = 50;
// The free plan allows 10 messages a day: each bench account asks 10.
const PER_ACCOUNT = 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)];
}

async function account(base: string, n: number): Promise<string> {
  const cookie = await signedInCookie(base, `chat-bench-${n}@example.com`);
  for (const person of [
    { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", relation: "partner" },
    { name: "Grace", birthName: "Grace Brewster Hopper", birthDate: "1906-12-09", relation: "friend" },
  ])
    expectRedirect(await postForm(base, "/people/new", person, cookie), "adding a person");
  return cookie;
}

async function newConversation(base: string, cookie: string): Promise<string> {
  const response = expectRedirect(
    await postForm(base, "/chat?index", { intent: "new", about: "me" }, cookie),
    "new chat",
  );
  return response.headers.get("Location")!.split("/").pop()!;
}

/** Milliseconds to the first text delta and to the end of the stream. */
async function ask(base: string, cookie: string, id: string, question: string) {
  const start = performance.now();
  const response = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { Origin: base, Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({
      id,
      messages: [{ id: randomUUID(), role: "user", parts: [{ type: "text", text: question }] }],
      trigger: "submit-message",
    }),
  });
  if (response.status !== 200) throw new Error(`${question}: HTTP ${response.status} ${await response.text()}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let first: number | null = null;
  let body = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    body += value;
    if (first === null && body.includes('"type":"text-delta"')) first = performance.now() - start;
  }
  if (first === null) throw new Error(`${question}: no text in the answer`);
  return { first, last: performance.now() - start };
}

const app = await startApp({ RATE_LIMIT_AI_PER_MINUTE: "1000" });
try {
  const firsts: number[] = [];
  const lasts: number[] = [];
  const health: number[] = [];
  let cookie = "";
  for (let i = 0; i < QUESTIONS; i++) {
    if (i % PER_ACCOUNT === 0) cookie = await account(app.base, i / PER_ACCOUNT);
    const id = await newConversation(app.base, cookie);
    const { first, last } = await ask(app.base, cookie, id, CHAT_QUESTIONS[i % CHAT_QUESTIONS.length].question);
    firsts.push(first);
    lasts.push(last);
    const t = performance.now();
    await (await fetch(`${app.base}/healthz`)).text();
    health.push(performance.now() - t);
  }
  const row = (label: string, ms: number[], goal: string) =>
    `| ${label} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 95).toFixed(0)} | ${Math.max(...ms).toFixed(0)} | ${goal} |`;
  console.log(
    `\nAI guide, embedded model, ${QUESTIONS} questions over HTTP (POST /api/chat), one run on this machine\n`,
  );
  console.log("| measure | p50 ms | p95 ms | max ms | goal |");
  console.log("|---|---:|---:|---:|---|");
  console.log(row("first token", firsts, "< 300"));
  console.log(row("last token (whole answer)", lasts, "< 2000"));
  console.log(row("GET /healthz (floor)", health, "—"));
} finally {
  await stopApp(app);
}
