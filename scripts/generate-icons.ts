/**
 * Renders public/icons/icon.svg to the PNG sizes the manifest, iOS and browsers ask for, and a
 * favicon.ico, with the Debian Chromium the browser tests use. Run after changing the SVG:
 * `node --import tsx scripts/generate-icons.ts`; the outputs are committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium";

const svg = readFileSync("public/icons/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();

async function render(size: number, inset = 0): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its art inside the centre 80% and fills the rest with the background.
  const pad = Math.round(size * inset);
  await page.setContent(
    `<html><body style="margin:0;background:#4f33b8;width:${size}px;height:${size}px;display:grid;place-items:center">
     <div style="width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace("<svg ", `<svg width="100%" height="100%" `)}</div></body></html>`,
  );
  return page.screenshot({ omitBackground: inset === 0, type: "png" });
}

/** An .ico file is a small directory followed by embedded PNG images. */
function ico(pngs: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

writeFileSync("public/icons/icon-192.png", await render(192));
writeFileSync("public/icons/icon-512.png", await render(512));
writeFileSync("public/icons/apple-touch-icon.png", await render(180, 0.06));
writeFileSync("public/icons/maskable-512.png", await render(512, 0.12));
writeFileSync(
  "public/favicon.ico",
  ico([
    { size: 32, data: await render(32) },
    { size: 16, data: await render(16) },
  ]),
);
await browser.close();
console.log("icons written to public/icons and public/favicon.ico");
