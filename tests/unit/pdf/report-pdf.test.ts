import { describe, expect, it } from "vitest";
import { meaningFor } from "~/content";
import { buildCompatibility } from "~/lib/view-models/compatibility-model";
import { computeProfile } from "~/numerology";
import { pdfText } from "~/server/pdf/pdf-text.server";
import { pdfFilename, pdfResponse, renderCompatibilityPdf, renderReportPdf } from "~/server/pdf/report-pdf.server";
import { readPdf } from "../../support/pdf";

const ada = computeProfile({
  birthName: "Ada Lovelace Byron",
  birthDate: "1984-06-27",
  today: "2026-11-26",
  gender: "female",
});
const grace = computeProfile({ birthName: "Grace Brewster Hopper", birthDate: "1906-12-09", today: "2026-11-26" });
/** pdf-parse joins lines; compare on single-spaced text. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("report PDF", () => {
  it("has a cover, the report's sections, both charts as text-bearing vectors and page numbers", async () => {
    const pdf = await renderReportPdf({ name: "Ada", profile: ada }, "2026-11-26");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, text, info } = await readPdf(pdf);
    expect(pages).toBeGreaterThan(5);
    const all = flat(text);
    expect(all).toContain("Numerology report");
    expect(all).toContain("Born 27 June 1984");
    expect(all).toContain("Generated on 26 November 2026");
    expect(all).toContain(meaningFor("lifePath", ada.lifePath.value).title);
    for (const section of [
      "Core numbers",
      "More numbers",
      "Cycles",
      "Pinnacles & Challenges",
      "Lo Shu Grid",
      "Life-cycle timeline",
    ]) {
      expect(all).toContain(section);
    }
    // The charts are drawn, not pasted as pictures: their labels are real text and there is no image.
    expect(all).toContain("You are here (42)");
    expect(all).toContain("Driver 9 · Conductor 1 · Kua");
    expect(pdf.includes("/Subtype /Image")).toBe(false);
    for (let page = 1; page <= pages; page++) expect(all).toContain(`Page ${page} of ${pages}`);
    expect(info.Title).toBe("Numerology report: Ada");
    // Every page is A4, the timeline's turned sideways.
    const boxes = pdf.toString("latin1").match(/MediaBox \[[^\]]*\]/g) ?? [];
    expect(boxes).toHaveLength(pages);
    expect(new Set(boxes)).toEqual(new Set(["MediaBox [0 0 595.28 841.89]", "MediaBox [0 0 841.89 595.28]"]));
  });

  it("keeps to characters Helvetica can show", async () => {
    expect(pdfText("10 → 1+0 = 1; 36 − 1 ≥ 3")).toBe("10 -> 1+0 = 1; 36 - 1 >= 3");
    expect(pdfText("Zoë Łukasz 山田 Đorđe — “quoted” …")).toBe("Zoë Lukasz Dorde — “quoted” …");
    expect(pdfText("Ștefan Nguyễn")).toBe("Stefan Nguyen");
    const pdf = await renderReportPdf(
      { name: "Łukasz 山田", profile: computeProfile({ birthName: "Łukasz Żółć", birthDate: "1990-01-31" }) },
      "2026-11-26",
    );
    const { text } = await readPdf(pdf);
    expect(flat(text)).toContain("Lukasz");
    expect(text).not.toMatch(/[山田Łż]/);
  });

  it("names the file safely", () => {
    expect(pdfFilename("report", "Ada Lovelace")).toBe("numerai-report-ada-lovelace.pdf");
    expect(pdfFilename("report", 'Zoë "x"/../山田')).toBe("numerai-report-zoe-x.pdf");
    expect(pdfFilename("report", "山田")).toBe("numerai-report.pdf");
    const response = pdfResponse(Buffer.from("%PDF-1.3"), "numerai-report-ada.pdf");
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="numerai-report-ada.pdf"');
  });
});

describe("compatibility PDF", () => {
  it("gives the score, every pair, the narrative and both people's numbers", async () => {
    const result = buildCompatibility(ada, grace, "friend");
    const pdf = await renderCompatibilityPdf(
      { name: "Ada", profile: ada },
      { name: "Grace", profile: grace },
      result,
      "2026-11-26",
    );
    const { pages, text } = await readPdf(pdf);
    const { narrative } = result;
    const all = flat(text);
    expect(pages).toBeGreaterThan(2);
    expect(all).toContain(`${result.score} of 100: ${narrative.label}`);
    expect(all).toContain(flat(narrative.summary).slice(0, 60));
    for (const pair of result.pairs) expect(all).toContain(`${pair.a} and ${pair.b}: ${pair.relation}`);
    expect(all).toContain(narrative.framing.slice(0, 40));
    expect(all).toContain("Ada: core numbers");
    expect(all).toContain("Grace: core numbers");
    expect(all).toContain(meaningFor("lifePath", grace.lifePath.value).title);
    expect(all).toContain(`Page ${pages} of ${pages}`);
  });
});
