import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { redirectToField } from "~/forms/fields";
import { queueAccountEmail } from "~/server/accounts/account-mail.server";
import { readForm } from "~/server/http/forms.server";
import { redirectWithFlash } from "~/server/http/http.server";
import { hitRateLimit, tooManyMessage } from "~/server/http/rate-limit.server";
import { limitByIp } from "~/server/http/rate-limit.server";
import { requireUser } from "~/server/session/session.server";

const schema = z.object({ redirectTo: redirectToField });
const RESENDS_PER_HOUR = 5;

export async function loader() {
  return redirect("/dashboard");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  const redirectTo = (parsed.success && parsed.data.redirectTo) || "/dashboard";
  if (user.email_verified_at) {
    return redirectWithFlash(redirectTo, { kind: "info", message: "Your email address is already confirmed." });
  }
  const ipLimited = await limitByIp("resend", context.ip);
  const perAccount = await hitRateLimit(`resend:${user.id}`, RESENDS_PER_HOUR, 60 * 60_000);
  if (ipLimited || !perAccount.allowed) {
    const message = ipLimited ?? tooManyMessage(perAccount.retryAfterSeconds);
    return redirectWithFlash(redirectTo, { kind: "error", message });
  }
  await queueAccountEmail(user.id, "verify-email");
  return redirectWithFlash(redirectTo, { kind: "success", message: `We sent a new link to ${user.email}.` });
}
