import pino from "pino";
import { getEnv } from "./env.server";

let logger: pino.Logger | undefined;

/** Structured JSON logs on stdout, one line per event. */
export function getLogger(): pino.Logger {
  logger ??= pino({ level: getEnv().LOG_LEVEL, base: { service: "numerai" } });
  return logger;
}
