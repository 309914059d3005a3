/**
 * Page furniture and flowing text for the PDFs: A4, Helvetica only, a cover page, sections that
 * start on a fresh page, blocks kept together where a break would strand a heading, vector charts,
 * and "Page N of M" on every page (pages are buffered, so the total is known at the end).
 */
import PDFDocument from "pdfkit";
import { PRINT_PALETTE, type SvgElement } from "~/charts/svg-tree";
import { formatLongDate } from "~/lib/dates/local-dates";
import { drawSvg } from "./svg-pdf.server";
import { pdfText } from "./pdf-text.server";

export const COLOURS = {
  ink: PRINT_PALETTE.ink,
  muted: PRINT_PALETTE.muted,
  accent: PRINT_PALETTE.accent,
  rule: "#dcd6ec",
};
const MARGIN = 54;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const ITALIC = "Helvetica-Oblique";

export interface CoverInfo {
  title: string;
  name: string;
  lines: string[];
  /** YYYY-MM-DD. */
  generatedOn: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly contents: { title: string; page: number }[] = [];
  private contentsY = 0;
  private readonly footerName: string;

  constructor(info: { title: string; subject: string; footerName: string }) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      lang: "en-GB",
      displayTitle: true,
      info: { Title: pdfText(info.title), Author: "NumerAI", Subject: pdfText(info.subject), Creator: "NumerAI" },
    });
    this.footerName = pdfText(info.footerName);
  }

  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left() {
    return this.doc.page.margins.left;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  cover({ title, name, lines, generatedOn }: CoverInfo) {
    const doc = this.doc;
    doc.addPage();
    // The NumerAI mark: the site's accent square with its initial.
    doc.roundedRect(this.left, 96, 56, 56, 12).fill(COLOURS.accent);
    doc
      .font(BOLD)
      .fontSize(32)
      .fillColor("#ffffff")
      .text("N", this.left, 110, { width: 56, align: "center", lineBreak: false });
    doc
      .font(BOLD)
      .fontSize(24)
      .fillColor(COLOURS.ink)
      .text("NumerAI", this.left + 72, 112, { lineBreak: false });
    doc
      .font(FONT)
      .fontSize(11)
      .fillColor(COLOURS.muted)
      .text("Numerology that shows its working", this.left + 72, 140, { lineBreak: false });

    doc.font(BOLD).fontSize(30).fillColor(COLOURS.ink).text(pdfText(title), this.left, 230, { width: this.width });
    doc.moveDown(0.3).font(BOLD).fontSize(20).fillColor(COLOURS.accent).text(pdfText(name), { width: this.width });
    doc.moveDown(0.6).font(FONT).fontSize(12).fillColor(COLOURS.ink);
    for (const line of lines) doc.text(pdfText(line), { width: this.width });
    doc
      .moveDown(0.4)
      .fillColor(COLOURS.muted)
      .text(`Generated on ${formatLongDate(generatedOn)}`, { width: this.width });
    doc.moveDown(2);
    this.contentsY = doc.y;
  }

  /** A top-level section: a fresh page, listed in the cover's contents. */
  section(title: string, intro?: string, options: { landscape?: boolean } = {}) {
    // addPage's options replace the document's rather than merge with them: restate size and margin.
    this.doc.addPage({ size: "A4", margin: MARGIN, layout: options.landscape ? "landscape" : "portrait" });
    this.contents.push({ title: pdfText(title), page: this.doc.bufferedPageRange().count });
    this.doc.font(BOLD).fontSize(20).fillColor(COLOURS.accent).text(pdfText(title), { width: this.width });
    this.rule();
    if (intro) this.paragraph(intro, { colour: COLOURS.muted });
  }

  heading(text: string, size = 13) {
    this.ensureSpace(size * 4);
    this.doc.moveDown(0.4).font(BOLD).fontSize(size).fillColor(COLOURS.ink).text(pdfText(text), { width: this.width });
    this.doc.moveDown(0.15);
  }

  paragraph(text: string, options: { size?: number; colour?: string; italic?: boolean; bold?: boolean } = {}) {
    if (!text) return;
    const { size = 10.5, colour = COLOURS.ink } = options;
    this.doc
      .font(options.bold ? BOLD : options.italic ? ITALIC : FONT)
      .fontSize(size)
      .fillColor(colour)
      .text(pdfText(text), { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.35);
  }

  /** "Label: a, b, c" with the label in bold; nothing for an empty list. */
  labelled(label: string, value: string | string[], size = 10) {
    const text = Array.isArray(value) ? value.join("; ") : value;
    if (!text) return;
    this.doc
      .font(BOLD)
      .fontSize(size)
      .fillColor(COLOURS.ink)
      .text(`${pdfText(label)}: `, { width: this.width, continued: true, lineGap: 1.5 });
    this.doc.font(FONT).text(pdfText(text), { lineGap: 1.5 });
    this.doc.moveDown(0.2);
  }

  bullets(items: string[], size = 10) {
    for (const item of items) {
      this.doc
        .font(FONT)
        .fontSize(size)
        .fillColor(COLOURS.ink)
        .text(`•  ${pdfText(item)}`, { width: this.width, indent: 0, lineGap: 1.5 });
    }
    this.doc.moveDown(0.3);
  }

  /** A number beside its label and title, the block kept on one page with the start of its text. */
  numberHeader(label: string, value: string, title: string, compound: string | null, leadText: string) {
    const doc = this.doc;
    doc.font(FONT).fontSize(10.5);
    const lead = Math.min(doc.heightOfString(pdfText(leadText), { width: this.width }), 60);
    this.ensureSpace(58 + lead);
    const top = doc.y + 4;
    doc
      .font(BOLD)
      .fontSize(26)
      .fillColor(COLOURS.accent)
      .text(pdfText(value), this.left, top, { width: 64, lineBreak: false });
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(COLOURS.muted)
      .text(pdfText(label.toUpperCase()) + (compound ? `  ·  from ${compound}` : ""), this.left + 70, top, {
        width: this.width - 70,
        characterSpacing: 0.5,
      });
    doc
      .font(BOLD)
      .fontSize(13)
      .fillColor(COLOURS.ink)
      .text(pdfText(title), this.left + 70, doc.y + 2, { width: this.width - 70 });
    doc.x = this.left;
    doc.y = Math.max(doc.y, top + 32) + 6;
  }

  /** "Show the math": the engine's step lines, small. */
  steps(lines: readonly string[]) {
    if (!lines.length) return;
    this.ensureSpace(30);
    this.doc.font(BOLD).fontSize(8.5).fillColor(COLOURS.muted).text("Show the math", { width: this.width });
    this.doc.font(FONT).fontSize(8.5);
    for (const line of lines) this.doc.text(pdfText(line), { width: this.width, lineGap: 1 });
    this.doc.moveDown(0.3);
  }

  rule() {
    const y = this.doc.y + 4;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.75)
      .strokeColor(COLOURS.rule)
      .stroke();
    this.doc.y = y + 10;
  }

  /** A chart as vector graphics, `width` points wide (default: the text width), centred. */
  chart(svg: SvgElement, width = this.width) {
    const [, , w, h] = String(svg.attrs.viewBox).split(/\s+/).map(Number);
    const height = (h / w) * width;
    this.ensureSpace(height + 10);
    const x = this.left + (this.width - width) / 2;
    drawSvg(this.doc, svg, { x, y: this.doc.y, width });
    this.doc.x = this.left;
    this.doc.y += height + 10;
  }

  /** Page numbers, the contents on the cover, and the finished file. */
  async finish(): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    if (this.contents.length) {
      doc.switchToPage(range.start);
      doc
        .font(BOLD)
        .fontSize(13)
        .fillColor(COLOURS.ink)
        .text("Contents", this.left, this.contentsY, { width: this.width });
      doc.moveDown(0.3);
      for (const entry of this.contents) {
        const y = doc.y;
        doc
          .font(FONT)
          .fontSize(11)
          .fillColor(COLOURS.ink)
          .text(entry.title, this.left, y, { width: this.width - 40, lineBreak: false });
        doc.text(String(entry.page), this.left, y, { width: this.width, align: "right", lineBreak: false });
        doc.y = y + 17;
      }
    }
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margins = doc.page.margins;
      const savedBottom = margins.bottom;
      // The footer sits in the bottom margin: lift the margin so pdfkit doesn't start a new page for it.
      margins.bottom = 0;
      const y = doc.page.height - 36;
      const width = doc.page.width - margins.left - margins.right;
      doc.font(FONT).fontSize(8.5).fillColor(COLOURS.muted);
      doc.text(this.footerName, margins.left, y, { width, align: "left", lineBreak: false });
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, margins.left, y, {
        width,
        align: "right",
        lineBreak: false,
      });
      margins.bottom = savedBottom;
    }
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
    });
    doc.end();
    return done;
  }
}
