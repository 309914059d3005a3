import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { getEnv } from "~/server/config/env.server";
import { getLogger, loggablePath } from "~/server/config/logger.server";
import { isFormContentType } from "./request-body.server";

interface Replyable {
  reply(options?: {
    formErrors?: string[];
    fieldErrors?: Record<string, string[]>;
    hideFields?: string[];
  }): SubmissionResult<string[]>;
}

type RejectStatus = 400 | 403 | 404 | 409 | 422 | 429;

/** 400 (or the given status) with the form's errors; secrets are never echoed back into the page. */
export function rejectForm(
  submission: Replyable,
  options: { fieldErrors?: Record<string, string[]>; formErrors?: string[]; status?: RejectStatus } = {},
) {
  const { status = 400, ...errors } = options;
  const result = submission.reply({ ...errors, hideFields: ["password", "confirmPassword", "currentPassword"] });
  return data({ result }, { status });
}

/** The same `{ result }` reply for a form with nothing to parse (a lone button): one form-level message. */
export function rejectButton(message: string, status: RejectStatus = 400) {
  const result: SubmissionResult<string[]> = { status: "error", initialValue: {}, error: { "": [message] } };
  return data({ result }, { status });
}

/** A 4xx for a request no form could come from: a short message for the client, a warn line for us. */
function malformed(request: Request, status: 400 | 413 | 415, message: string): Response {
  const path = loggablePath(new URL(request.url).pathname);
  getLogger().warn({ requestId: request.headers.get("x-request-id"), method: request.method, path, status }, message);
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The one way actions read a posted form. A body that isn't a form (JSON, text, broken multipart), or one
 * with more than MAX_FORM_FIELDS fields, throws a 4xx Response instead of an error (so never a 500).
 * server.ts has already refused oversized bodies and, on page routes, anything but a form's content type.
 */
export async function readForm(request: Request): Promise<FormData> {
  if (!isFormContentType(request.headers.get("Content-Type"))) {
    throw malformed(request, 415, "Send this as a form (application/x-www-form-urlencoded or multipart/form-data).");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw malformed(request, 400, "The form couldn't be read.");
  }
  let fields = 0;
  for (const _ of form.keys()) fields += 1;
  if (fields > getEnv().MAX_FORM_FIELDS) throw malformed(request, 413, "The form has too many fields.");
  return form;
}
