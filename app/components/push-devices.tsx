import { Form, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";

interface Device {
  id: string;
  device: string;
  added: string;
}

/** The VAPID key as PushManager wants it. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

type Status = "idle" | "working" | "on" | "denied" | "failed" | "unsupported";

const STATUS_TEXT: Record<Status, string> = {
  idle: "",
  working: "Asking your browser…",
  on: "Push notifications are on for this device.",
  denied: "Your browser blocked notifications for this site; allow them in its site settings to turn push on.",
  failed: "This browser couldn't subscribe to push notifications. Please try again later.",
  unsupported: "This browser doesn't support push notifications.",
};

/** Asks permission only after the click, subscribes through the service worker, registers the subscription. */
async function subscribeThisDevice(vapidPublicKey: string): Promise<Status> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window))
    return "unsupported";
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return "denied";
  const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(vapidPublicKey),
  });
  const response = await fetch("/notifications/push-subscriptions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(subscription.toJSON()),
  });
  return response.ok ? "on" : "failed";
}

export function PushDevices({ devices, vapidPublicKey }: { devices: Device[]; vapidPublicKey: string }) {
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<Status>("idle");
  const revalidator = useRevalidator();
  useEffect(() => setHydrated(true), []);

  async function turnOn() {
    setStatus("working");
    const next = await subscribeThisDevice(vapidPublicKey).catch((): Status => "failed");
    setStatus(next);
    if (next === "on") revalidator.revalidate();
  }

  return (
    <section aria-labelledby="push-heading">
      <h2 id="push-heading">Push on this device</h2>
      {hydrated ? (
        <p>
          <button type="button" className="button" onClick={turnOn} disabled={status === "working"}>
            Turn on push notifications
          </button>
        </p>
      ) : (
        <p className="muted" data-testid="push-needs-js">
          Push notifications need JavaScript: turn it on to receive them on this device. Everything else on this page
          works without it.
        </p>
      )}
      <p role="status" aria-live="polite">
        {STATUS_TEXT[status]}
      </p>
      <h3>Devices that get push notifications</h3>
      {devices.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="session-list">
          {devices.map((d) => (
            <li key={d.id} className="card session" data-testid="push-device">
              <div>
                <strong>{d.device}</strong>
                <p className="muted small">added {d.added}</p>
              </div>
              <Form method="post">
                <input type="hidden" name="intent" value="remove-device" />
                <input type="hidden" name="deviceId" value={d.id} />
                <button type="submit" className="button button--small button--ghost" aria-label={`Remove ${d.device}`}>
                  Remove
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
