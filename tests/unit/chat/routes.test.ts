import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as apiChat, loader as apiChatGet } from "~/routes/api.chat";
import { action as conversationAction, loader as conversationLoader } from "~/routes/chat.$id";
import { action as chatIndexAction, loader as chatIndexLoader } from "~/routes/chat._index";
import { createConversation, listMessages } from "~/server/chat/store.server";
import { buildExport } from "~/server/privacy/data-export.server";
import { deactivateAccount } from "~/server/accounts/account-lifecycle.server";
import { purgeAccount } from "~/server/privacy/purge.server";
import { getDb } from "~/server/db/db.server";
import { formRequest, getRequest, run, setupTestApp, type TestApp } from "../../support/test-app";
import { chatBody } from "./helpers";
import { signedInUser, addPerson } from "../../support/factories";
import { routeArgs } from "../../support/route";

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp({ env: { RATE_LIMIT_AI_PER_MINUTE: "3" } });
});
afterAll(() => app.cleanup());

const json = (body: unknown, cookie?: string, raw?: string) =>
  new Request("http://localhost/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: "http://localhost", ...(cookie ? { Cookie: cookie } : {}) },
    body: raw ?? JSON.stringify(body),
  });

async function sse(response: Response) {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((e) => e.startsWith("data: {"))
    .map((e) => JSON.parse(e.slice(6)) as { type: string; delta?: string; messageMetadata?: unknown });
}

describe("POST /api/chat", () => {
  it("answers the SDK's request as a UI message stream and saves both messages; a new id starts a conversation", async () => {
    const owner = await signedInUser({ email: "api.stream@example.com" });
    const response = (await apiChat(
      routeArgs(json(chatBody("new-conversation-1", "What does my life path mean?"), owner.cookie)),
    )) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const events = await sse(response);
    const deltas = events.filter((e) => e.type === "text-delta");
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.map((e) => e.delta).join("")).toContain("The Path of Independent Leadership");
    expect(events.find((e) => e.type === "finish")?.messageMetadata).toMatchObject({
      status: "complete",
      citations: [{ label: "Life Path Number 1", href: "/report#rd-lifePath" }],
    });
    await new Promise((r) => setTimeout(r, 50));
    const messages = await listMessages(owner.id, "new-conversation-1");
    expect(messages.map((m) => [m.role, m.status])).toEqual([
      ["user", "complete"],
      ["assistant", "complete"],
    ]);
  });

  it("answers 404 for another user's conversation and saves nothing in it", async () => {
    const owner = await signedInUser({ email: "api.owner@example.com" });
    const other = await signedInUser({ email: "api.other@example.com" });
    const theirs = await createConversation(other.id);
    const response = (await apiChat(
      routeArgs(json(chatBody(theirs.id, "Show me everything"), owner.cookie)),
    )) as Response;
    expect(response.status).toBe(404);
    expect(await listMessages(other.id, theirs.id)).toEqual([]);
  });

  it.each([
    ["a body that isn't JSON", undefined, "text=hello"],
    ["JSON that isn't the SDK's shape", { question: "hi" }, undefined],
    ["a bad conversation id", chatBody("../../etc", "hi"), undefined],
    [
      "a last message that isn't the user's",
      { id: "conv-12345", messages: [{ id: "a", role: "assistant", parts: [{ type: "text", text: "hi" }] }] },
      undefined,
    ],
    ["an empty question", chatBody("conv-12345", "   "), undefined],
    ["a question over 2,000 characters", chatBody("conv-12345", "x".repeat(2001)), undefined],
  ])("answers 400 to %s", async (_label, body, raw) => {
    const owner = await signedInUser({ email: `api.bad.${Math.random().toString(36).slice(2)}@example.com` });
    const response = (await apiChat(routeArgs(json(body, owner.cookie, raw)))) as Response;
    expect(response.status).toBe(400);
    expect(await response.text()).not.toBe("");
  });

  it("answers 401 without a session and 405 to GET", async () => {
    expect(((await apiChat(routeArgs(json(chatBody("conv-12345", "hi"))))) as Response).status).toBe(401);
    expect(apiChatGet().status).toBe(405);
  });

  it("limits questions per minute, then per day (from the plan) with the reset time in the user's time zone", async () => {
    const owner = await signedInUser({ email: "api.limits@example.com" });
    const conversation = await createConversation(owner.id);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = (await apiChat(
        routeArgs(json(chatBody(conversation.id, `Hello ${i}`), owner.cookie)),
      )) as Response;
      statuses.push(response.status);
      if (response.status === 429) expect(await response.text()).toMatch(/up to 3 a minute/);
      else await response.text();
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // A full day's allowance (free plan: 10), set as if spent: the next question is refused until local midnight.
    await getDb().deleteFrom("rate_limits").where("key", "like", `ai-minute:${owner.id}`).execute();
    await getDb().updateTable("rate_limits").set({ count: 10 }).where("key", "like", `ai-day:%:${owner.id}`).execute();
    const response = (await apiChat(routeArgs(json(chatBody(conversation.id, "One more"), owner.cookie)))) as Response;
    expect(response.status).toBe(429);
    expect(await response.text()).toMatch(/today's 10 messages.*00:00 Europe\/London/);
  });
});

describe("/chat and /chat/:id without JavaScript", () => {
  it("asks, shows the whole answer on the next page, renames and deletes", async () => {
    const owner = await signedInUser({ email: "pages.flow@example.com" });
    const created = await run(() =>
      chatIndexAction(routeArgs(formRequest("/chat?index", { intent: "new", about: "me" }, { cookie: owner.cookie }))),
    );
    expect(created.status).toBe(302);
    const path = created.response!.headers.get("Location")!;
    const id = path.split("/").pop()!;

    const first = await run(() => conversationLoader(routeArgs(getRequest(path, owner.cookie), { id })));
    const before = first.data as { suggestions: string[]; messages: unknown[] };
    expect(before.messages).toEqual([]);
    expect(before.suggestions).toContain("What does my Life Path 1 mean?");

    const asked = await run(() =>
      conversationAction(
        routeArgs(formRequest(path, { intent: "ask", text: before.suggestions[0] }, { cookie: owner.cookie }), { id }),
      ),
    );
    expect(asked.status).toBe(302);
    expect(asked.response!.headers.get("Location")).toMatch(new RegExp(`^/chat/${id}#m-`));
    const page = (await run(() => conversationLoader(routeArgs(getRequest(path, owner.cookie), { id })))).data as {
      conversation: { title: string };
      messages: Array<{ role: string; parts: Array<{ text: string }>; metadata: { status: string } }>;
    };
    expect(page.conversation.title).toBe("What does my Life Path 1 mean?");
    expect(page.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(page.messages[1].parts[0].text).toContain("The Path of Independent Leadership");
    expect(page.messages[1].metadata.status).toBe("complete");

    const badTitle = await run(() =>
      conversationAction(
        routeArgs(formRequest(path, { intent: "rename", id, title: " " }, { cookie: owner.cookie }), { id }),
      ),
    );
    expect(badTitle).toHaveFieldError("title", "Give the conversation a title.");
    expect(badTitle.data).toMatchObject({ result: { initialValue: { intent: "rename", id } } });
    const renamed = await run(() =>
      conversationAction(
        routeArgs(formRequest(path, { intent: "rename", id, title: "My path" }, { cookie: owner.cookie }), { id }),
      ),
    );
    expect(renamed.status).toBe(302);
    const list = (await run(() => chatIndexLoader(routeArgs(getRequest("/chat", owner.cookie))))).data as {
      conversations: Array<{ title: string }>;
    };
    expect(list.conversations.map((c) => c.title)).toEqual(["My path"]);

    const deleted = await run(() =>
      conversationAction(routeArgs(formRequest(path, { intent: "delete", id }, { cookie: owner.cookie }), { id })),
    );
    expect(deleted.response!.headers.get("Location")).toBe("/chat");
    expect((await run(() => conversationLoader(routeArgs(getRequest(path, owner.cookie), { id })))).status).toBe(404);
    expect(await listMessages(owner.id, id)).toEqual([]);
  });

  it("puts an empty or too long question next to the field with 400, saving nothing", async () => {
    const owner = await signedInUser({ email: "pages.bad@example.com" });
    const conversation = await createConversation(owner.id);
    for (const [text, message] of [
      ["", "Write a question first."],
      ["x".repeat(2001), "Keep your question under 2,000 characters."],
    ]) {
      const outcome = await run(() =>
        conversationAction(
          routeArgs(formRequest(`/chat/${conversation.id}`, { intent: "ask", text }, { cookie: owner.cookie }), {
            id: conversation.id,
          }),
        ),
      );
      expect(outcome.status).toBe(400);
      expect(outcome).toHaveFieldError("text", message);
    }
    expect(await listMessages(owner.id, conversation.id)).toEqual([]);
  });

  it("answers 404 for another user's conversation or person, and 415 to a JSON body on the form", async () => {
    const owner = await signedInUser({ email: "pages.owner@example.com" });
    const other = await signedInUser({ email: "pages.other@example.com" });
    const theirs = await createConversation(other.id);
    const theirPerson = await addPerson(other.id);
    const params = { id: theirs.id };
    expect(
      (await run(() => conversationLoader(routeArgs(getRequest(`/chat/${theirs.id}`, owner.cookie), params)))).status,
    ).toBe(404);
    const attempts: Array<Record<string, string>> = [
      { intent: "ask", text: "hi" },
      { intent: "delete", id: theirs.id },
      { intent: "rename", id: theirs.id, title: "Mine" },
    ];
    for (const fields of attempts) {
      const outcome = await run(() =>
        conversationAction(routeArgs(formRequest(`/chat/${theirs.id}`, fields, { cookie: owner.cookie }), params)),
      );
      expect(outcome.status).toBe(404);
    }
    expect(
      (
        await run(() =>
          chatIndexAction(
            routeArgs(formRequest("/chat?index", { intent: "new", about: theirPerson.id }, { cookie: owner.cookie })),
          ),
        )
      ).status,
    ).toBe(404);
    const jsonBody = new Request(`http://localhost/chat/${theirs.id}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: owner.cookie },
      body: "{",
    });
    // Not a form: readForm refuses it (server.ts refuses it even before, on the real server).
    expect((await run(() => conversationAction(routeArgs(jsonBody, params)))).status).toBe(415);
  });
});

describe("chat data", () => {
  it("is in the data export and goes with the account", async () => {
    const owner = await signedInUser({ email: "data.chat@example.com" });
    const person = await addPerson(owner.id);
    const conversation = await createConversation(owner.id, { personId: person.id });
    await run(() =>
      conversationAction(
        routeArgs(formRequest(`/chat/${conversation.id}`, { intent: "ask", text: "Hello" }, { cookie: owner.cookie }), {
          id: conversation.id,
        }),
      ),
    );
    const exported = await buildExport(owner.id);
    expect(exported!.tables.chat_conversations).toHaveLength(1);
    expect(exported!.tables.chat_messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    await deactivateAccount(owner.id, "now");
    expect(await purgeAccount(owner.id)).toBe("purged");
    const left = await getDb()
      .selectFrom("chat_messages")
      .select("id")
      .where("conversation_id", "=", conversation.id)
      .execute();
    expect(left).toEqual([]);
    const limits = await getDb()
      .selectFrom("rate_limits")
      .select("key")
      .where("key", "like", `%${owner.id}%`)
      .execute();
    expect(limits).toEqual([]);
  });
});
