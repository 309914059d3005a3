/**
 * Draws a chart's SVG element tree with pdfkit's vector primitives (rect, line, circle, text), so
 * the PDF's charts stay sharp at any zoom and need no rasteriser. Only what the chart builders
 * emit is supported; the tree must use explicit colours (PRINT_PALETTE), not CSS variables.
 */
import type { SvgElement } from "~/charts/svg-tree";
import { pdfText } from "./pdf-text.server";

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity: number;
  strokeOpacity: number;
  dash: string | null;
  lineCap: "butt" | "round" | "square";
  fontSize: number;
  bold: boolean;
  anchor: "start" | "middle" | "end";
  baseline: "alphabetic" | "svg-central";
}

const INITIAL: Style = {
  fill: "#000000",
  stroke: "none",
  strokeWidth: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  dash: null,
  lineCap: "butt",
  fontSize: 16,
  bold: false,
  anchor: "start",
  baseline: "alphabetic",
};

const num = (value: unknown, fallback = 0) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : fallback;
};

function styleOf(el: SvgElement, parent: Style): Style {
  const a = el.attrs;
  const s = { ...parent };
  if (a.fill !== undefined) s.fill = String(a.fill);
  if (a.stroke !== undefined) s.stroke = String(a.stroke);
  if (a["stroke-width"] !== undefined) s.strokeWidth = num(a["stroke-width"], 1);
  if (a["fill-opacity"] !== undefined) s.fillOpacity = num(a["fill-opacity"], 1);
  if (a["stroke-opacity"] !== undefined) s.strokeOpacity = num(a["stroke-opacity"], 1);
  if (a["stroke-dasharray"] !== undefined) s.dash = String(a["stroke-dasharray"]);
  if (a["stroke-linecap"] !== undefined) s.lineCap = String(a["stroke-linecap"]) as Style["lineCap"];
  if (a["font-size"] !== undefined) s.fontSize = num(a["font-size"], 16);
  if (a["font-weight"] !== undefined) s.bold = num(a["font-weight"], 400) >= 600 || a["font-weight"] === "bold";
  if (a["text-anchor"] !== undefined) s.anchor = String(a["text-anchor"]) as Style["anchor"];
  if (a["dominant-baseline"] !== undefined)
    s.baseline = a["dominant-baseline"] === "central" ? "svg-central" : "alphabetic";
  return s;
}

const painted = (colour: string) => colour !== "none" && colour !== "";

function applyStroke(doc: PDFKit.PDFDocument, s: Style) {
  doc.lineWidth(s.strokeWidth).lineCap(s.lineCap).strokeColor(s.stroke).strokeOpacity(s.strokeOpacity);
  if (s.dash) {
    const [length, space = length] = s.dash.split(/[\s,]+/).map(Number);
    doc.dash(length, { space });
  } else {
    doc.undash();
  }
}

/** Fills and/or strokes the path just built, as the style asks. */
function paint(doc: PDFKit.PDFDocument, s: Style) {
  const fill = painted(s.fill);
  const stroke = painted(s.stroke);
  if (fill) doc.fillColor(s.fill).fillOpacity(s.fillOpacity);
  if (stroke) applyStroke(doc, s);
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

function drawNode(doc: PDFKit.PDFDocument, el: SvgElement, parent: Style) {
  const s = styleOf(el, parent);
  const a = el.attrs;
  switch (el.tag) {
    case "title":
    case "desc":
      return;
    case "rect":
      doc.rect(num(a.x), num(a.y), num(a.width), num(a.height));
      paint(doc, s);
      return;
    case "circle":
      doc.circle(num(a.cx), num(a.cy), num(a.r));
      paint(doc, s);
      return;
    case "line":
      if (!painted(s.stroke)) return;
      applyStroke(doc, s);
      doc.moveTo(num(a.x1), num(a.y1)).lineTo(num(a.x2), num(a.y2)).stroke();
      return;
    case "text": {
      const text = pdfText(el.text ?? "");
      doc.font(s.bold ? "Helvetica-Bold" : "Helvetica").fontSize(s.fontSize);
      const width = doc.widthOfString(text);
      const x = num(a.x) - (s.anchor === "middle" ? width / 2 : s.anchor === "end" ? width : 0);
      doc.fillColor(painted(s.fill) ? s.fill : "#000000").fillOpacity(s.fillOpacity);
      doc.text(text, x, num(a.y), { lineBreak: false, baseline: s.baseline });
      return;
    }
    default:
      for (const child of el.children ?? []) drawNode(doc, child, s);
  }
}

/** Draws `svg` with its top-left corner at (x, y), scaled to `width`; returns the height used. */
export function drawSvg(doc: PDFKit.PDFDocument, svg: SvgElement, at: { x: number; y: number; width: number }): number {
  const [, , vbWidth, vbHeight] = String(svg.attrs.viewBox ?? `0 0 ${svg.attrs.width} ${svg.attrs.height}`)
    .split(/\s+/)
    .map(Number);
  const scale = at.width / vbWidth;
  const { x: docX, y: docY } = doc;
  doc.save();
  doc.translate(at.x, at.y).scale(scale);
  drawNode(doc, svg, INITIAL);
  doc.restore();
  doc.undash();
  doc.x = docX;
  doc.y = docY;
  return vbHeight * scale;
}
