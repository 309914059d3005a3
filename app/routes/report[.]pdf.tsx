import type { LoaderFunctionArgs } from "@remix-run/node";
import { assertPdfAllowance, pdfFilename, pdfResponse, renderReportPdf } from "~/server/pdf/report-pdf.server";
import { readingContext, readProfile } from "~/server/readings/readings.server";

/** The signed-in user's full report as a PDF download (signed out: the login page, then back here). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, me, prefs, today } = await readingContext(request);
  await assertPdfAllowance(user.id);
  const reading = readProfile(me, prefs, today);
  if (!reading.ok) throw new Response(reading.error.message, { status: 422 });
  const pdf = await renderReportPdf({ name: me.name, profile: reading.profile }, today);
  return pdfResponse(pdf, pdfFilename("report", me.name));
}
