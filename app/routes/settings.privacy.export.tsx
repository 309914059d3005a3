import type { LoaderFunctionArgs } from "@remix-run/node";
import { dateInTimeZone } from "~/lib/dates/local-dates";
import { buildExport, exportFileName } from "~/server/privacy/data-export.server";
import { invariantResponse, redirectWithFlash } from "~/server/http/http.server";
import { hitRateLimit } from "~/server/http/rate-limit.server";
import { recordSecurityEvent } from "~/server/accounts/security-log.server";
import { requireUser } from "~/server/session/session.server";

const EXPORTS_PER_HOUR = 5;

/**
 * The user's data as a JSON download (format: docs/data-export.md). A GET, since it only reads; the one
 * thing it writes is the security-log entry and the rate-limit count that guard it.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const limit = await hitRateLimit(`export:${user.id}`, EXPORTS_PER_HOUR, 60 * 60_000);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    const message = `You can download your data ${EXPORTS_PER_HOUR} times an hour. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    return redirectWithFlash("/settings/privacy", { kind: "error", message });
  }
  await recordSecurityEvent(user.id, "export", request, context);
  const now = new Date();
  const payload = await buildExport(user.id, now);
  invariantResponse(payload, "Not found");
  return new Response(JSON.stringify(payload, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(dateInTimeZone(user.timezone ?? "UTC", now))}"`,
      "Cache-Control": "no-store",
    },
  });
}
