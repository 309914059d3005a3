import { dateFormatter } from "./formatters";

/** "26 Nov 2026, 14:05" at an instant (epoch ms) in an IANA time zone; computed on the server so hydration agrees. */
export function formatInstant(ms: number, timeZone = "UTC"): string {
  const format = dateFormatter("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return format.format(new Date(ms));
}
