import { getEnv } from "~/server/config/env.server";

/**
 * The one place that knows the app's public origin. Every absolute URL (mail links, share links, the
 * Google redirect, Open Graph tags) is built from it, never from a request's Host header, which the
 * client writes. It is APP_URL, or, when that is unset, http://localhost on the port the server
 * listens on. The hosts the app answers to are that origin's host, ALLOWED_HOSTS, and (without
 * APP_URL) the loopback addresses on the same port; server.ts refuses any other Host with 400.
 */

let listeningPort: number | undefined;

/** server.ts says which port it got (PORT=0 picks a free one) before it serves anything. */
export function setListeningPort(port: number | undefined) {
  listeningPort = port;
}

export function publicOrigin(): string {
  const env = getEnv();
  return env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${listeningPort ?? env.PORT}`;
}

/** `path` (with its query) on the public origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, publicOrigin()).href;
}

/** `host[:port]` lower-cased, without the scheme's default port (browsers leave it out). */
export function normalizeHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase();
  const defaultPort = protocol === "https:" ? ":443" : ":80";
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower;
}

export function allowedHosts(): Set<string> {
  const env = getEnv();
  const origin = new URL(publicOrigin());
  const hosts = new Set([origin.host, ...env.ALLOWED_HOSTS.map((h) => normalizeHost(h, origin.protocol))]);
  if (!env.APP_URL) for (const loopback of ["127.0.0.1", "[::1]"]) hosts.add(`${loopback}:${origin.port}`);
  return hosts;
}

/** The origin a browser sends (in `Origin`) when it is on `host`: the public origin's scheme on that host. */
export function originForHost(host: string): string {
  return `${new URL(publicOrigin()).protocol}//${host}`;
}
