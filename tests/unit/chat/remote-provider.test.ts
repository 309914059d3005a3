import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createConversation } from "~/server/chat/store.server";
import { startOpenAICompatibleServer } from "../../support/openai-compatible-server";
import { setupTestApp, type TestApp } from "../../support/test-app";
import { askAndWait } from "./helpers";
import { signedInUser } from "../../support/factories";

let app: TestApp;
let provider: Awaited<ReturnType<typeof startOpenAICompatibleServer>>;

beforeAll(async () => {
  provider = await startOpenAICompatibleServer();
  app = await setupTestApp({
    env: {
      AI_BASE_URL: provider.baseUrl,
      AI_MODEL: "local-model",
      AI_API_KEY: "sk-local-test",
      AI_TIMEOUT_MS: "1500",
      RATE_LIMIT_AI_PER_MINUTE: "1000",
    },
  });
});
afterAll(async () => {
  await app.cleanup();
  await provider.close();
});
beforeEach(() => {
  provider.requests.length = 0;
  provider.setMode("answer");
});

describe("an OpenAI-compatible provider over real SSE", () => {
  it("calls our tool through the provider's tool call and streams the answer written from its result", async () => {
    const owner = await signedInUser({ email: "remote.answer@example.com" });
    const conversation = await createConversation(owner.id);
    const { saved, chunks } = await askAndWait(owner.id, conversation.id, "What is my life path?");

    expect(provider.requests).toHaveLength(2);
    const [first, second] = provider.requests;
    expect(first.headers.authorization).toBe("Bearer sk-local-test");
    expect(first.body).toMatchObject({ model: "local-model", stream: true });
    expect(first.body.tools?.map((t) => t.function.name).sort()).toEqual([
      "compare",
      "dailyReading",
      "explainNumber",
      "getProfile",
      "goodDates",
      "suggestNameSpellings",
    ]);
    expect(first.body.messages[0]).toMatchObject({ role: "system" });
    expect(first.body.messages[0].content).toContain("Life Path Number 1");
    expect(second.body.messages.find((m) => m.role === "tool")?.content).toContain('"lifePath"');

    expect(chunks.filter((c) => c.type === "text-delta").length).toBeGreaterThan(3);
    expect(saved).toMatchObject({
      status: "complete",
      text: "Ada, your [Life Path 1](/report#rd-lifePath) is The Path of Independent Leadership.",
    });
  });

  it.each([
    ["500", /HTTP 500/],
    ["401", /refused the site's key \(HTTP 401\)/],
    ["hang", /took too long/],
  ] as const)("turns a provider %s into a clear message in the conversation", async (mode, message) => {
    provider.setMode(mode);
    const owner = await signedInUser({ email: `remote.${mode}@example.com` });
    const conversation = await createConversation(owner.id);
    const { saved } = await askAndWait(owner.id, conversation.id, "What is today like?");
    expect(saved).toMatchObject({ status: "error" });
    expect(saved!.text).toMatch(message);
    expect(saved!.text).toContain("Your question is saved");
  });
});
