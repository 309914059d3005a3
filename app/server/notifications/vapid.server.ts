import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { z } from "zod";
import { getEnv, writeFileOnce } from "~/server/config/env.server";

export interface VapidConfig {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const storedKeys = z.object({ publicKey: z.string().min(80), privateKey: z.string().min(40) });

let cached: VapidConfig | undefined;

/**
 * The app's VAPID identity: from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, or a pair generated on first
 * start into DATA_DIR/vapid-keys.json and reused (subscriptions are bound to the public key, so it must
 * survive restarts).
 */
export function getVapid(): VapidConfig {
  if (cached) return cached;
  const env = getEnv();
  const subject = env.VAPID_SUBJECT ?? `mailto:${env.CONTACT_EMAIL}`;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) {
    cached = { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
    return cached;
  }
  const file = path.resolve(env.DATA_DIR, "vapid-keys.json");
  if (!existsSync(file)) writeFileOnce(file, JSON.stringify(webpush.generateVAPIDKeys()));
  cached = { ...storedKeys.parse(JSON.parse(readFileSync(file, "utf8"))), subject };
  return cached;
}

export function resetVapidForTests() {
  cached = undefined;
}
