import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";

interface Replyable {
  reply(options?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[]>;
    hideFields?: string[];
  }): SubmissionResult<string[]>;
}

/** 400 (or the given status) with the form's errors; secrets are never echoed back into the page. */
export function rejectForm(
  submission: Replyable,
  options: { fieldErrors?: Record<string, string[]>; formErrors?: string[]; status?: 400 | 403 | 422 | 429 } = {},
) {
  const { status = 400, ...errors } = options;
  const result = submission.reply({ ...errors, hideFields: ["password", "confirmPassword", "currentPassword"] });
  return data({ result }, { status });
}
