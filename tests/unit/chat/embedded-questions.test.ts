import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatContext, type ChatContext } from "~/server/chat/context.server";
import { EmbeddedModel } from "~/server/chat/embedded/model";
import { runGuide } from "~/server/chat/reply.server";
import { createPerson } from "~/server/people/people.server";
import { DEFAULT_PREFERENCES, savePreferences } from "~/server/readings/readings.server";
import { getUserById } from "~/server/accounts/users.server";
import { CHAT_QUESTIONS } from "../../fixtures/chat-questions";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { signedInUser } from "../../support/factories";

let app: TestApp;
const contexts: Record<string, ChatContext> = {};
const passed: string[] = [];
const NOW = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  app = await setupTestApp();
  const owner = await signedInUser({ email: "guide-table@example.com", birthDate: "1984-06-27" });
  await savePreferences(owner.id, { ...DEFAULT_PREFERENCES, gender: "female" });
  const sam = await createPerson(
    owner.id,
    { name: "Sam", birthName: "Samuel Peter Jones", birthDate: "1990-05-17", gender: "male", relation: "partner" },
    10,
  );
  await createPerson(
    owner.id,
    {
      name: "Grace",
      birthName: "Grace Brewster Hopper",
      birthDate: "1906-12-09",
      gender: "female",
      relation: "friend",
    },
    10,
  );
  const user = (await getUserById(owner.id))!;
  contexts.me = await chatContext(user, "me", NOW);
  contexts.Sam = await chatContext(user, sam!.id, NOW);
});

afterAll(async () => {
  console.log(`embedded guide question table: ${passed.length}/${CHAT_QUESTIONS.length} answers hold every fact`);
  await app.cleanup();
});

describe("the embedded guide answers real questions from the chart", () => {
  const model = new EmbeddedModel({ wordDelayMs: 0 });
  it.each(CHAT_QUESTIONS)("$question", async ({ question, about, must, mustNot = [], tools }) => {
    const result = runGuide({
      model,
      context: contexts[about ?? "me"],
      messages: [{ role: "user", content: question }],
    });
    const text = await result.text;
    const called = (await result.steps).flatMap((s) => s.toolCalls.map((c) => c.toolName));
    for (const fact of must) expect(text.toLowerCase(), `"${fact}" in:\n${text}`).toContain(fact.toLowerCase());
    for (const fact of mustNot) expect(text.toLowerCase()).not.toContain(fact.toLowerCase());
    expect(called).toEqual(expect.arrayContaining(tools));
    if (tools.length === 0) expect(called).toEqual([]);
    passed.push(question);
  });
});
