import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local OpenAI-compatible `POST /v1/chat/completions` that streams real SSE, the way OpenAI, Ollama,
 * llama.cpp and vLLM do: first a `getProfile` tool call, then, once the tool's result comes back in the
 * next request, an answer written from that result. Other modes answer with an HTTP error or never answer.
 */
export type Mode = "answer" | "500" | "401" | "hang";

export interface ChatCompletionsRequest {
  headers: IncomingMessage["headers"];
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: string | null; tool_call_id?: string; tool_calls?: unknown[] }>;
    tools?: Array<{ type: string; function: { name: string } }>;
  };
}

const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: "chatcmpl-local",
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: "local-model",
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stream(res: ServerResponse, events: string[]) {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  for (const event of events) {
    res.write(event);
    await pause(5);
  }
  res.end("data: [DONE]\n\n");
}

function answerEvents(body: ChatCompletionsRequest["body"]): string[] {
  const toolMessage = body.messages.find((m) => m.role === "tool");
  if (!toolMessage) {
    return [
      chunk({
        role: "assistant",
        tool_calls: [
          { index: 0, id: "call_local_1", type: "function", function: { name: "getProfile", arguments: "" } },
        ],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: "{}" } }] }),
      chunk({}, "tool_calls"),
    ];
  }
  const profile = JSON.parse(toolMessage.content ?? "{}") as {
    person?: { name: string };
    numbers?: Array<{ key: string; value: number; title: string; href: string }>;
  };
  const lifePath = profile.numbers?.find((n) => n.key === "lifePath");
  const words =
    `${profile.person?.name ?? "Friend"}, your [Life Path ${lifePath?.value}](${lifePath?.href}) is ${lifePath?.title}.`.split(
      /(?<= )/,
    );
  return [chunk({ role: "assistant", content: "" }), ...words.map((w) => chunk({ content: w })), chunk({}, "stop")];
}

export async function startOpenAICompatibleServer(initialMode: Mode = "answer") {
  const requests: ChatCompletionsRequest[] = [];
  let mode = initialMode;
  const hanging: ServerResponse[] = [];
  const server = createServer(async (req, res) => {
    const raw = await new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (c) => (data += c));
      req.on("end", () => resolve(data));
    });
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(raw) as ChatCompletionsRequest["body"];
    requests.push({ headers: req.headers, body });
    if (mode === "hang") {
      hanging.push(res);
      return;
    }
    if (mode === "500" || mode === "401") {
      res.writeHead(Number(mode), { "Content-Type": "application/json" }).end(
        JSON.stringify({
          error: { message: mode === "401" ? "Incorrect API key" : "overloaded", type: "server_error" },
        }),
      );
      return;
    }
    await stream(res, answerEvents(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setMode(next: Mode) {
      mode = next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
