import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session ids, email-link tokens, share tokens. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of tokens are stored, so a copy of the database cannot be used to sign in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
