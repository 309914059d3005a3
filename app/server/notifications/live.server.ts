import { EventEmitter } from "node:events";

/**
 * Tells this process's open badge streams that a user's unread count may have changed. Other processes
 * sharing the database are caught by the stream's own periodic re-read (notifications.events.ts).
 */
const changes = new EventEmitter().setMaxListeners(0);

export function publishUnreadChange(userId: string) {
  changes.emit(userId);
}

export function onUnreadChange(userId: string, listener: () => void): () => void {
  changes.on(userId, listener);
  return () => changes.off(userId, listener);
}
