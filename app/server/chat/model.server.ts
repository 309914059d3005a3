import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { getEnv } from "~/server/config/env.server";
import { EmbeddedModel } from "./embedded/model";

let embedded: EmbeddedModel | undefined;

/** The configured OpenAI-compatible model (OpenAI, Ollama, llama.cpp, vLLM…), else the embedded guide. */
export function guideModel(): LanguageModelV3 {
  const env = getEnv();
  if (env.AI_BASE_URL && env.AI_MODEL) {
    return createOpenAICompatible({ name: "remote", baseURL: env.AI_BASE_URL, apiKey: env.AI_API_KEY }).chatModel(
      env.AI_MODEL,
    );
  }
  embedded ??= new EmbeddedModel();
  return embedded;
}
