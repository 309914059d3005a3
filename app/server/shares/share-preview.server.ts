import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { buildShareCard, SHARE_CARD_SIZE, type ShareCardOptions } from "~/charts/share-card";
import { toSvgString, type SvgElement } from "~/charts/svg-tree";
import type { Profile } from "~/numerology";

// Debian's fonts-dejavu-core / fonts-liberation. Loading two files is much faster than scanning
// every system font on each render; elsewhere fall back to whatever the system has.
const FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
];
let fontOptions: ResvgRenderOptions["font"] | undefined;

function fonts(): ResvgRenderOptions["font"] {
  if (!fontOptions) {
    const files = FONT_FILES.filter((file) => existsSync(file));
    fontOptions = files.length
      ? {
          loadSystemFonts: false,
          fontFiles: files,
          defaultFontFamily: files[0].includes("DejaVu") ? "DejaVu Sans" : "Liberation Sans",
        }
      : { loadSystemFonts: true, defaultFontFamily: "sans-serif" };
  }
  return fontOptions;
}

export const buildSharePreview = (profile: Profile, options: ShareCardOptions): SvgElement =>
  buildShareCard(profile, options);

// Link previews are fetched again and again by every chat app a link is pasted into; the card only
// changes when its numbers do, so rendered PNGs are kept by the hash of their SVG.
const CACHE_SIZE = 200;
const cache = new Map<string, Buffer>();

/** The card as a 1200×630 PNG, rendered off the main thread so other requests keep flowing. */
export async function renderPreviewPng(svg: SvgElement): Promise<Buffer> {
  const markup = toSvgString(svg);
  const key = createHash("sha256").update(markup).digest("base64url");
  const cached = cache.get(key);
  if (cached) return cached;
  const png = (
    await renderAsync(markup, { font: fonts(), fitTo: { mode: "width", value: SHARE_CARD_SIZE.width } })
  ).asPng();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  return png;
}
