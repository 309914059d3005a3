/**
 * The report PDFs: a person's full report (the web report's sections from report-model, the Lo Shu
 * grid and the life-cycle timeline as vector drawings) and the compatibility report of two people.
 */
import { buildLifeTimeline } from "~/charts/life-timeline";
import { buildLoShuChart } from "~/charts/lo-shu-grid";
import { PRINT_PALETTE, type Chart } from "~/charts/svg-tree";
import type { CompatibilityReport } from "~/lib/view-models/compatibility-model";
import { formatLongDate } from "~/lib/dates/local-dates";
import { buildReport, type Report, type ReportItem, type ReportSection } from "~/lib/report";
import type { Profile } from "~/numerology";
import { hitRateLimit, tooManyMessage } from "~/server/http/rate-limit.server";
import { PdfWriter } from "./pdf-layout.server";
import { pdfText } from "./pdf-text.server";

export interface PdfSubject {
  /** The name people know them by (shown on the cover). */
  name: string;
  profile: Profile;
}

const SYSTEM_NAMES = { pythagorean: "Pythagorean", chaldean: "Chaldean" } as const;

function item(w: PdfWriter, it: ReportItem) {
  const compound = it.compound !== null && it.compound !== it.value ? String(it.compound) : null;
  w.numberHeader(it.label, String(it.value), it.meaning.title, compound, it.meaning.paragraph);
  w.paragraph(it.meaning.paragraph);
  if (it.meaning.keywords.length) w.labelled("Keywords", it.meaning.keywords.join(", "));
  if (it.meaning.strengths.length) w.labelled(it.listLabels.strengths, it.meaning.strengths);
  if (it.meaning.challenges.length) w.labelled(it.listLabels.challenges, it.meaning.challenges);
  for (const fact of it.facts) w.labelled(fact.label, fact.value);
  w.steps(it.steps);
  w.rule();
}

function chartFacts(w: PdfWriter, chart: Chart) {
  for (const section of chart.alt) {
    w.heading(section.heading, 11);
    w.bullets(section.items, 9.5);
  }
}

function loShuSection(w: PdfWriter, section: ReportSection, report: Report, profile: Profile) {
  w.section(section.title, section.intro);
  w.chart(buildLoShuChart(profile, { palette: PRINT_PALETTE, id: "lo-shu" }).svg, 300);
  const { loShu } = report;
  if (loShu.arrows.length) {
    w.heading("Arrows");
    w.paragraph(loShu.arrowsIntro, { colour: "#5c5670", size: 9.5 });
    for (const arrow of loShu.arrows) {
      w.paragraph(`${arrow.title} (${arrow.kind})`, { bold: true });
      w.paragraph(arrow.paragraph);
    }
  }
  if (loShu.missing.length) {
    w.heading("Missing numbers");
    w.paragraph(loShu.missingIntro, { colour: "#5c5670", size: 9.5 });
    for (const m of loShu.missing) {
      w.paragraph(`${m.digit} (${m.direction}, ${m.element})`, { bold: true });
      w.paragraph(m.meaning);
      w.labelled("Remedies", m.remedies);
      w.labelled("Affirmation", m.affirmation);
    }
  }
  if (loShu.repeating.length) {
    w.heading("Repeated numbers");
    w.paragraph(loShu.repeatingIntro, { colour: "#5c5670", size: 9.5 });
    for (const cell of loShu.repeating) w.labelled(`${cell.digit} × ${cell.count} (${cell.theme})`, cell.text);
  }
  w.steps(loShu.steps);
  w.rule();
  for (const it of section.items) item(w, it);
}

/** The whole report of one profile, in the web report's order. */
export async function renderReportPdf({ name, profile }: PdfSubject, generatedOn: string): Promise<Buffer> {
  const report = buildReport(profile);
  const w = new PdfWriter({
    title: `Numerology report: ${name}`,
    subject: "Numerology report",
    footerName: `NumerAI · ${name}`,
  });
  w.cover({
    title: "Numerology report",
    name,
    lines: [
      `Birth name: ${profile.input.birthName}`,
      `Born ${formatLongDate(profile.input.birthDate)}`,
      `${SYSTEM_NAMES[profile.input.options.system]} letter values`,
    ],
    generatedOn,
  });
  for (const section of report.sections) {
    if (section.key === "lo-shu") {
      loShuSection(w, section, report, profile);
      continue;
    }
    w.section(section.title, section.intro);
    for (const it of section.items) item(w, it);
    if (section.key === "pinnacles") {
      // The timeline is wide: it gets a landscape page of its own, with its facts as text.
      const timeline = buildLifeTimeline(profile, { palette: PRINT_PALETTE, id: "life-timeline" });
      w.section(timeline.title, timeline.description, { landscape: true });
      w.chart(timeline.svg);
      chartFacts(w, timeline);
    }
  }
  if (report.sections.some((s) => s.key === "remedies"))
    w.paragraph(report.remediesDisclaimer, { italic: true, size: 9, colour: "#5c5670" });
  return w.finish();
}

/** Two people side by side: the score, each pair of numbers, the narrative, and both grids. */
export async function renderCompatibilityPdf(
  a: PdfSubject,
  b: PdfSubject,
  result: CompatibilityReport,
  generatedOn: string,
): Promise<Buffer> {
  const { narrative } = result;
  const w = new PdfWriter({
    title: `Compatibility: ${a.name} and ${b.name}`,
    subject: "Numerology compatibility report",
    footerName: `NumerAI · ${a.name} & ${b.name}`,
  });
  w.cover({
    title: "Compatibility report",
    name: `${a.name} & ${b.name}`,
    lines: [
      `${a.name}: born ${formatLongDate(a.profile.input.birthDate)}`,
      `${b.name}: born ${formatLongDate(b.profile.input.birthDate)}`,
      `Score ${result.score} of 100: ${narrative.label}`,
    ],
    generatedOn,
  });
  w.section(`${result.score} of 100: ${narrative.label}`, narrative.summary);
  w.paragraph(narrative.framing);
  w.labelled("Tip", narrative.tip);
  w.rule();
  w.heading("Number by number");
  for (const pair of result.pairs) {
    w.numberHeader(pair.label, `${pair.score}`, `${pair.a} and ${pair.b}: ${pair.relation}`, null, pair.reason);
    w.paragraph(pair.reason);
    w.labelled("Weight", `${pair.weight}%`);
    w.rule();
  }
  for (const person of [a, b]) {
    const report = buildReport(person.profile);
    const core = report.sections.find((s) => s.key === "core");
    w.section(pdfText(`${person.name}: core numbers`));
    for (const it of core?.items ?? []) item(w, it);
    w.heading("Lo Shu grid");
    w.chart(buildLoShuChart(person.profile, { palette: PRINT_PALETTE, id: "lo-shu" }).svg, 260);
  }
  return w.finish();
}

/** "numerai-report-ada-lovelace.pdf": ASCII only, safe in a Content-Disposition header. */
export function pdfFilename(kind: string, name: string): string {
  const slug = pdfText(name)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `numerai-${kind}${slug ? `-${slug}` : ""}.pdf`;
}

/** PDFs cost CPU: far more than anyone reads in a minute, and a loop stops here (429). */
export const PDFS_PER_MINUTE = 30;

export async function assertPdfAllowance(userId: string): Promise<void> {
  const { allowed, retryAfterSeconds } = await hitRateLimit(`pdf:${userId}`, PDFS_PER_MINUTE, 60_000);
  if (!allowed) {
    throw new Response(tooManyMessage(retryAfterSeconds), {
      status: 429,
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  }
}

export function pdfResponse(body: Buffer, filename: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
    },
  });
}
