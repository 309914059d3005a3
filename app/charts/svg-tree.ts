/**
 * A tiny serialisable SVG element tree. Chart builders return one; the web renders it as React
 * elements, the PDF draws it with pdfkit primitives and the share preview rasterises its string.
 * Pure: no I/O, no React.
 */

export type SvgAttrValue = string | number;
export type SvgAttrs = Record<string, SvgAttrValue>;

export interface SvgElement {
  tag: string;
  attrs: SvgAttrs;
  children?: SvgElement[];
  /** Text content (for <text>, <title>, <desc>, <tspan>); an element has children or text, not both. */
  text?: string;
}

/** A chart ready to render anywhere: the drawing plus the same facts as text. */
export interface Chart {
  svg: SvgElement;
  title: string;
  description: string;
  /** The text alternative: every fact the drawing shows, grouped under headings. */
  alt: AltSection[];
}

export interface AltSection {
  heading: string;
  items: string[];
}

/**
 * Colours by role. The web palette uses the site's CSS variables (light and dark); print and
 * image palettes use explicit colours because pdfkit and resvg cannot read CSS.
 */
export interface ChartPalette {
  ink: string;
  muted: string;
  /** Grid and axis lines. */
  line: string;
  /** Cell and band background. */
  surface: string;
  accent: string;
  strength: string;
  weakness: string;
  font: string;
}

export const WEB_PALETTE: ChartPalette = {
  ink: "currentColor",
  muted: "var(--muted)",
  line: "var(--border)",
  surface: "var(--surface-2)",
  accent: "var(--accent)",
  strength: "var(--success)",
  weakness: "var(--danger)",
  font: "inherit",
};

export const PRINT_PALETTE: ChartPalette = {
  ink: "#1d1830",
  muted: "#5c5670",
  line: "#b9b0d4",
  surface: "#f3f0fb",
  accent: "#5b3cc4",
  strength: "#1e6b3a",
  weakness: "#b3261e",
  font: "Helvetica",
};

export function h(tag: string, attrs: SvgAttrs = {}, content?: SvgElement[] | string): SvgElement {
  if (content === undefined) return { tag, attrs };
  return typeof content === "string" ? { tag, attrs, text: content } : { tag, attrs, children: content };
}

/** Coordinates rounded to 2 decimals keep the markup short and the snapshots stable. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]);

export function toSvgString(node: SvgElement): string {
  let attrs = "";
  for (const [name, value] of Object.entries(node.attrs)) attrs += ` ${name}="${escapeXml(String(value))}"`;
  if (node.tag === "svg" && !("xmlns" in node.attrs)) attrs = ` xmlns="http://www.w3.org/2000/svg"` + attrs;
  if (node.text !== undefined) return `<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`;
  if (!node.children?.length) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(toSvgString).join("")}</${node.tag}>`;
}

/** Every element (depth first) that matches: for tests and for renderers that pick parts out. */
export function findAll(node: SvgElement, match: (el: SvgElement) => boolean): SvgElement[] {
  const found: SvgElement[] = [];
  const visit = (el: SvgElement) => {
    if (match(el)) found.push(el);
    el.children?.forEach(visit);
  };
  visit(node);
  return found;
}

/** The accessible wrapper every chart shares: role="img" named by its <title> and <desc>. */
export function chartSvg(
  id: string,
  size: { width: number; height: number },
  text: { title: string; description: string },
  palette: ChartPalette,
  children: SvgElement[],
): SvgElement {
  return h(
    "svg",
    {
      viewBox: `0 0 ${size.width} ${size.height}`,
      width: size.width,
      height: size.height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      "font-family": palette.font,
      id,
    },
    [h("title", { id: `${id}-title` }, text.title), h("desc", { id: `${id}-desc` }, text.description), ...children],
  );
}
