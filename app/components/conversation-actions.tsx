import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { errorText } from "~/components/forms";
import { MAX_TITLE_LENGTH } from "~/forms/chat";

/**
 * Rename and delete one conversation: plain forms, so they work without JavaScript. `result` is the page's
 * last form reply; a rename error shows here only when it was this conversation's.
 */
export function ConversationActions({
  id,
  title,
  action,
  result,
}: {
  id: string;
  title: string;
  action: string;
  result?: SubmissionResult<string[]> | null;
}) {
  const field = `title-${id}`;
  const renameError =
    result?.initialValue?.intent === "rename" && result.initialValue.id === id ? errorText(result, "title") : null;
  return (
    <details className="chat-actions" open={Boolean(renameError)}>
      <summary>
        Rename or delete<span className="rd-visually-hidden"> “{title}”</span>
      </summary>
      <Form method="post" action={action} className="chat-actions__rename">
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="id" value={id} />
        <div className="field">
          <label htmlFor={field}>New title</label>
          <input
            id={field}
            name="title"
            defaultValue={title}
            required
            maxLength={MAX_TITLE_LENGTH}
            aria-invalid={renameError ? true : undefined}
            aria-describedby={`${field}-error`}
          />
          <p className="field-error" id={`${field}-error`} aria-live="polite">
            {renameError}
          </p>
        </div>
        <button type="submit" className="button button--small">
          Rename
        </button>
      </Form>
      <Form method="post" action={action}>
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="button button--small button--danger">
          Delete conversation
        </button>
      </Form>
    </details>
  );
}
