/**
 * The embedded guide: an AI SDK `LanguageModelV3` that needs no key and no network. It reads the question
 * and the system prompt like any model, asks for the same tools a remote model would, and writes its
 * answer from their results, streamed word by word. Pure apart from the timers that pace the stream.
 */
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3FinishReason,
  LanguageModelV3GenerateResult,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { readPromptFacts } from "../system-prompt";
import { composeAnswer } from "./answers";
import { planCalls, type ToolCall, type ToolResult } from "./plans";
import { matchIntent } from "./intents";

export interface EmbeddedModelOptions {
  /** Pause between words: a reader sees the answer arrive rather than appear. */
  wordDelayMs?: number;
  /** Upper bound on the pauses of one answer, however long it is. */
  maxPacingMs?: number;
}

/** Tool rounds before the model answers with what it has. */
const MAX_TOOL_ROUNDS = 3;

type Turn = { kind: "calls"; calls: ToolCall[] } | { kind: "text"; text: string };

const STOP: LanguageModelV3FinishReason = { unified: "stop", raw: "stop" };
const TOOL_CALLS: LanguageModelV3FinishReason = { unified: "tool-calls", raw: "tool_calls" };

function usage(inputText: string, outputText: string): LanguageModelV3Usage {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return {
    inputTokens: { total: words(inputText), noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: words(outputText), text: words(outputText), reasoning: undefined },
  };
}

function toolOutputValue(output: { type: string; value?: unknown }): unknown {
  if (output.type === "json") return output.value;
  if (output.type === "text") return output.value;
  if (output.type === "error-text" || output.type === "error-json") return { error: String(output.value) };
  return { error: "The tool gave no usable result." };
}

/** The question (last user message) and the tool calls and results that followed it. */
function readPrompt(prompt: LanguageModelV3Prompt) {
  const system = prompt
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n");
  let last = -1;
  prompt.forEach((m, i) => {
    if (m.role === "user") last = i;
  });
  const question =
    last < 0
      ? ""
      : (prompt[last].content as Array<{ type: string; text?: string }>)
          .filter((p) => p.type === "text")
          .map((p) => p.text ?? "")
          .join("\n");
  const calls = new Map<string, ToolCall>();
  const results: ToolResult[] = [];
  let rounds = 0;
  for (const message of prompt.slice(last + 1)) {
    if (message.role === "assistant") {
      const toolCalls = message.content.filter((p) => p.type === "tool-call");
      if (toolCalls.length) rounds++;
      for (const part of toolCalls)
        calls.set(part.toolCallId, { toolName: part.toolName, input: part.input as Record<string, unknown> });
    } else if (message.role === "tool") {
      for (const part of message.content) {
        if (part.type !== "tool-result") continue;
        const made = calls.get(part.toolCallId);
        results.push({
          toolName: part.toolName,
          input: made?.input ?? {},
          output: toolOutputValue(part.output as { type: string; value?: unknown }),
        });
      }
    }
  }
  return { system, question, results, rounds };
}

/** Words with the space that follows them: the pieces the answer streams in. */
export function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

export class EmbeddedModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "numerai";
  readonly modelId = "numerai-embedded-guide";
  readonly supportedUrls = {};
  private readonly wordDelayMs: number;
  private readonly maxPacingMs: number;
  private calls = 0;

  constructor(options: EmbeddedModelOptions = {}) {
    this.wordDelayMs = options.wordDelayMs ?? 12;
    this.maxPacingMs = options.maxPacingMs ?? 700;
  }

  private turn(options: LanguageModelV3CallOptions): Turn {
    const { system, question, results, rounds } = readPrompt(options.prompt);
    const facts = readPromptFacts(system);
    const intent = matchIntent(question, facts);
    const available = new Set((options.tools ?? []).map((t) => t.name));
    const calls = rounds < MAX_TOOL_ROUNDS ? planCalls(intent, results).filter((c) => available.has(c.toolName)) : [];
    return calls.length ? { kind: "calls", calls } : { kind: "text", text: composeAnswer(intent, results, facts) };
  }

  private toolCallParts(calls: ToolCall[]) {
    const round = ++this.calls;
    return calls.map((c, i) => ({
      type: "tool-call" as const,
      toolCallId: `call_${round}_${i}`,
      toolName: c.toolName,
      input: JSON.stringify(c.input),
    }));
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const turn = this.turn(options);
    const content: LanguageModelV3Content[] =
      turn.kind === "calls" ? this.toolCallParts(turn.calls) : [{ type: "text", text: turn.text }];
    return {
      content,
      finishReason: turn.kind === "calls" ? TOOL_CALLS : STOP,
      usage: usage(JSON.stringify(options.prompt), turn.kind === "text" ? turn.text : ""),
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const turn = this.turn(options);
    const inputText = JSON.stringify(options.prompt);
    const signal = options.abortSignal;
    const toolCalls = turn.kind === "calls" ? this.toolCallParts(turn.calls) : [];
    const pieces = turn.kind === "text" ? words(turn.text) : [];
    const delay = pieces.length ? Math.min(this.wordDelayMs, this.maxPacingMs / pieces.length) : 0;
    let cancelled = false;
    let wake = () => {};
    const pause = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });

    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      async start(controller) {
        const aborted = () => cancelled || signal?.aborted === true;
        controller.enqueue({ type: "stream-start", warnings: [] });
        controller.enqueue({ type: "response-metadata", modelId: "numerai-embedded-guide", timestamp: new Date() });
        for (const part of toolCalls) {
          controller.enqueue({ type: "tool-input-start", id: part.toolCallId, toolName: part.toolName });
          controller.enqueue({ type: "tool-input-delta", id: part.toolCallId, delta: part.input });
          controller.enqueue({ type: "tool-input-end", id: part.toolCallId });
          controller.enqueue(part);
        }
        if (pieces.length) {
          controller.enqueue({ type: "text-start", id: "text-0" });
          for (const [i, delta] of pieces.entries()) {
            if (aborted()) break;
            controller.enqueue({ type: "text-delta", id: "text-0", delta });
            if (delay > 0 && i < pieces.length - 1) await pause();
          }
          if (cancelled) return;
          controller.enqueue({ type: "text-end", id: "text-0" });
        }
        const text = pieces.join("");
        controller.enqueue({
          type: "finish",
          finishReason: toolCalls.length ? TOOL_CALLS : STOP,
          usage: usage(inputText, text),
        });
        controller.close();
      },
      cancel() {
        cancelled = true;
        wake();
      },
    });
    return { stream };
  }
}
