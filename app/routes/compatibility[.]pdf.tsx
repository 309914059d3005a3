import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCompatibility, relationBetween } from "~/lib/view-models/compatibility-model";
import { invariantResponse } from "~/server/http/http.server";
import { assertPdfAllowance, pdfFilename, pdfResponse, renderCompatibilityPdf } from "~/server/pdf/report-pdf.server";
import { readingContext, readProfile, subjectsFor } from "~/server/readings/readings.server";

/** The /compatibility result as a PDF, for the same ?a=&b= (each "me" or one of the user's people). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, prefs, today } = await readingContext(request);
  const subjects = await subjectsFor(user, prefs);
  const params = new URL(request.url).searchParams;
  const first = subjects.find((s) => s.key === params.get("a"));
  const second = subjects.find((s) => s.key === params.get("b"));
  // Someone else's person id (or a made-up one) is simply not there.
  invariantResponse(first && second, "Person not found");
  if (first.key === second.key) throw new Response("Choose two different people.", { status: 400 });
  await assertPdfAllowance(user.id);
  const a = readProfile(first, prefs, today);
  const b = readProfile(second, prefs, today);
  if (!a.ok) throw new Response(`${first.name}: ${a.error.message}`, { status: 422 });
  if (!b.ok) throw new Response(`${second.name}: ${b.error.message}`, { status: 422 });
  const pdf = await renderCompatibilityPdf(
    { name: first.name, profile: a.profile },
    { name: second.name, profile: b.profile },
    buildCompatibility(a.profile, b.profile, relationBetween(first, second)),
    today,
  );
  return pdfResponse(pdf, pdfFilename("compatibility", `${first.name} ${second.name}`));
}
