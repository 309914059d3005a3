/** Matchers for route outcomes (what `run` returns), registered for every unit test by vitest.config.ts. */
import { expect } from "vitest";
import type { Outcome } from "./route";

interface OutcomeMatchers<R = unknown> {
  /** A 3xx answer whose Location is `location`. */
  toRedirectTo(location: string): R;
  /** A form reply (conform `result`, or `key`) with an error on `field`, matching `message` when given. */
  toHaveFieldError(field: string, message?: string | RegExp, key?: string): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Assertion<T = any> extends OutcomeMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends OutcomeMatchers {}
}

expect.extend({
  toRedirectTo(received: Outcome, location: string) {
    const actual = received.response?.headers.get("Location") ?? null;
    const pass = received.status >= 300 && received.status < 400 && actual === location;
    return {
      pass,
      message: () => `expected a redirect to ${location}, got status ${received.status} to ${String(actual)}`,
    };
  },
  toHaveFieldError(received: Outcome, field: string, message?: string | RegExp, key = "result") {
    const reply = (received.data as Record<string, { error?: Record<string, string[] | null> }> | undefined)?.[key];
    const text = reply?.error?.[field]?.join(" ") ?? "";
    const matches =
      message === undefined ? text !== "" : typeof message === "string" ? text.includes(message) : message.test(text);
    return {
      pass: received.status >= 400 && matches,
      message: () =>
        `expected a ${received.status >= 400 ? "" : "4xx "}reply with an error on "${field}"${message ? ` matching ${String(message)}` : ""}; its errors: ${JSON.stringify(reply?.error ?? null)}`,
    };
  },
});
