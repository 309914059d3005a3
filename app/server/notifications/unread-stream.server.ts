import { unreadCount } from "./centre.server";
import { onUnreadChange } from "./live.server";

/** Changes made by another process sharing the database are noticed this often. */
const RECHECK_MS = 15_000;

/**
 * The badge's server-sent events: `event: unread` with the count now and whenever it changes, until the
 * browser goes away. Changes in this process arrive at once; the periodic re-read catches the others
 * and doubles as a keep-alive.
 */
export function unreadStream(userId: string, signal: AbortSignal, recheckMs = RECHECK_MS): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last = -1;
  let cleanup = () => {};
  return new ReadableStream({
    start(controller) {
      const send = async () => {
        const count = await unreadCount(userId).catch(() => last);
        if (signal.aborted) return;
        controller.enqueue(encoder.encode(count === last ? ": still here\n\n" : `event: unread\ndata: ${count}\n\n`));
        last = count;
      };
      const unsubscribe = onUnreadChange(userId, () => void send());
      const timer = setInterval(() => void send(), recheckMs);
      cleanup = () => {
        unsubscribe();
        clearInterval(timer);
      };
      signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      });
      controller.enqueue(encoder.encode(`retry: 5000\n\n`));
      void send();
    },
    cancel() {
      cleanup();
    },
  });
}
