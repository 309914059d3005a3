import { useChat } from "@ai-sdk/react";
import { Form, Link, useRevalidator } from "@remix-run/react";
import { DefaultChatTransport } from "ai";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { MAX_MESSAGE_LENGTH, messageTextField, type GuideUIMessage } from "~/forms/chat";
import { Markdown } from "./markdown";

interface ChatPanelProps {
  conversationId: string;
  initialMessages: GuideUIMessage[];
  suggestions: string[];
  left: number;
  /** From the no-JS form's reply. */
  fieldError: string | null;
  formError: string | null;
}

const textOf = (message: GuideUIMessage) =>
  message.parts
    .filter((p) => p.type === "text")
    .map((p) => p.text)
    .join("");

function Message({ message, stopped, live }: { message: GuideUIMessage; stopped: boolean; live: boolean }) {
  const text = textOf(message);
  const status = stopped ? "stopped" : message.metadata?.status;
  const citations = message.metadata?.citations ?? [];
  if (message.role === "user") {
    return (
      <li className="chat-msg chat-msg--user" id={`m-${message.id}`}>
        <p className="rd-visually-hidden">You asked:</p>
        <p className="chat-msg__text">{text}</p>
      </li>
    );
  }
  return (
    <li
      className={`chat-msg chat-msg--guide${status === "error" ? " chat-msg--error" : ""}`}
      id={`m-${message.id}`}
      data-status={live ? "streaming" : (status ?? "complete")}
    >
      <p className="rd-visually-hidden">The guide answered:</p>
      <div className="chat-msg__text">
        <Markdown text={text} />
      </div>
      {status === "stopped" ? <p className="chat-msg__note">Stopped before the end of the answer.</p> : null}
      {citations.length ? (
        <nav className="chat-cites" aria-label="Numbers this answer used">
          <span className="muted small">Numbers used:</span>
          <ul>
            {citations.map((c) => (
              <li key={c.href}>
                <Link to={c.href}>{c.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </li>
  );
}

/**
 * The conversation and its question form. Without JavaScript the form posts to the page and the whole
 * answer comes back on the next page; with it, useChat streams the answer in place from /api/chat.
 */
export function ChatPanel({
  conversationId,
  initialMessages,
  suggestions,
  left,
  fieldError,
  formError,
}: ChatPanelProps) {
  const revalidator = useRevalidator();
  const [stoppedId, setStoppedId] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const transport = useMemo(() => new DefaultChatTransport<GuideUIMessage>({ api: "/api/chat" }), []);
  const { messages, sendMessage, status, stop, error, regenerate, clearError } = useChat<GuideUIMessage>({
    id: conversationId,
    messages: initialMessages,
    transport,
    onFinish: ({ message, isAbort }) => {
      if (isAbort) setStoppedId(message.id);
      // The page's "messages left" count comes from the server.
      else revalidator.revalidate();
    },
  });
  const busy = status === "submitted" || status === "streaming";
  const lastQuestion = [...messages].reverse().find((m) => m.role === "user");
  const last = messages[messages.length - 1];
  const failed = last?.role === "assistant" && last.metadata?.status === "error";
  const shownFieldError = localError ?? fieldError;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const parsed = messageTextField.safeParse(data.get("text"));
    if (!parsed.success) {
      setLocalError(parsed.error.issues[0].message);
      textarea.current?.focus();
      return;
    }
    setLocalError(null);
    clearError();
    void sendMessage({ text: parsed.data });
    if (textarea.current) textarea.current.value = "";
  }

  function retry(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearError();
    void regenerate();
  }

  return (
    <section className="chat" aria-label="Conversation">
      {messages.length ? (
        <ol className="chat-log" aria-busy={busy}>
          {messages.map((m, i) => (
            <Message
              key={m.id}
              message={m}
              stopped={m.id === stoppedId}
              live={busy && i === messages.length - 1 && m.role === "assistant"}
            />
          ))}
        </ol>
      ) : suggestions.length ? (
        <Form method="post" className="chat-suggestions" onSubmit={submit}>
          <input type="hidden" name="intent" value="ask" />
          <p className="muted">Not sure where to start? Try one of these:</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s}>
                <button type="submit" name="text" value={s} className="button button--ghost button--small">
                  {s}
                </button>
              </li>
            ))}
          </ul>
        </Form>
      ) : null}
      {busy && status === "submitted" ? (
        <p className="muted small" role="status">
          The guide is reading your chart…
        </p>
      ) : null}
      {(error || failed) && lastQuestion ? (
        <Form method="post" className="chat-retry" onSubmit={retry}>
          {error ? (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          ) : null}
          <input type="hidden" name="intent" value="ask" />
          <input type="hidden" name="text" value={textOf(lastQuestion)} />
          <button type="submit" className="button button--small">
            Try again
          </button>
        </Form>
      ) : null}
      <Form method="post" className="chat-form" onSubmit={submit}>
        <input type="hidden" name="intent" value="ask" />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="chat-text">Your question</label>
          <textarea
            ref={textarea}
            id="chat-text"
            name="text"
            rows={3}
            required
            maxLength={MAX_MESSAGE_LENGTH}
            aria-invalid={shownFieldError ? true : undefined}
            aria-describedby="chat-text-error chat-text-hint"
            autoFocus={Boolean(shownFieldError)}
          />
          <p className="field-hint" id="chat-text-hint">
            {left} {left === 1 ? "message" : "messages"} left today. Not medical, legal or financial advice.
          </p>
          <p className="field-error" id="chat-text-error" aria-live="polite">
            {shownFieldError}
          </p>
        </div>
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            Ask
          </button>
          {busy ? (
            <button type="button" className="button button--ghost" onClick={() => void stop()}>
              Stop
            </button>
          ) : null}
        </p>
      </Form>
    </section>
  );
}
