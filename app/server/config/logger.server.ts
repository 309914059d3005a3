import pino from "pino";
import { getEnv } from "./env.server";

let logger: pino.Logger | undefined;

/** A request path as logs may show it: share tokens are bearer secrets, so logs name the route, not the token. */
export function loggablePath(pathname: string): string {
  return pathname.replace(/^\/s\/[^/]+/, "/s/:token");
}

/** Structured JSON logs on stdout, one line per event. */
export function getLogger(): pino.Logger {
  logger ??= pino({ level: getEnv().LOG_LEVEL, base: { service: "numerai" } });
  return logger;
}
