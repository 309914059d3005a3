import type { LoaderFunctionArgs } from "@remix-run/node";
import { invariantResponse } from "~/server/http/http.server";
import { getPerson } from "~/server/people/people.server";
import { assertPdfAllowance, pdfFilename, pdfResponse, renderReportPdf } from "~/server/pdf/report-pdf.server";
import { getPreferences, readProfile, subjectOfPerson, todayFor } from "~/server/readings/readings.server";
import { requireUser } from "~/server/session/session.server";

/** One of the user's people's report as a PDF; anyone else's person is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [person, prefs] = await Promise.all([getPerson(user.id, params.id ?? ""), getPreferences(user.id)]);
  invariantResponse(person, "Person not found");
  await assertPdfAllowance(user.id);
  const today = todayFor(user);
  const reading = readProfile(subjectOfPerson(person), prefs, today);
  if (!reading.ok) throw new Response(reading.error.message, { status: 422 });
  const pdf = await renderReportPdf({ name: person.name, profile: reading.profile }, today);
  return pdfResponse(pdf, pdfFilename("report", person.name));
}
