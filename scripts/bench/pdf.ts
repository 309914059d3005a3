// Time to build a full report PDF (profile, report model, charts, pdfkit, page numbers) and a share
// preview PNG, as the routes do. Run: node --import tsx scripts/bench/pdf.ts [reports=30]
import { loadavg } from "node:os";
import { buildSharePreview, renderPreviewPng } from "../../app/server/shares/share-preview.server.ts";
import { renderReportPdf } from "../../app/server/pdf/report-pdf.server.ts";
import { computeProfile } from "../../app/numerology/index.ts";

const N = Number(process.argv[2] ?? 30);
const TARGET_MS = 1500;
const PEOPLE = [
  ["Ada Lovelace Byron", "1815-12-10", "female"],
  ["Grace Brewster Hopper", "1906-12-09", "female"],
  ["Alan Mathison Turing", "1912-06-23", "male"],
  ["Zoë Łukasz García-Márquez", "1984-06-27", undefined],
  ["Katherine Coleman Goble Johnson", "1918-08-26", "female"],
] as const;

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return { mean: mean.toFixed(1), p95: p95.toFixed(1), max: sorted.at(-1)!.toFixed(1) };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const subject = (i: number) => {
  const [birthName, birthDate, gender] = PEOPLE[i % PEOPLE.length];
  return {
    name: birthName.split(" ")[0],
    profile: computeProfile({ birthName, birthDate, gender, today: "2026-11-26" }),
  };
};

const cold = await time(() => renderReportPdf(subject(0), "2026-11-26"));
const pdfTimes: number[] = [];
let pages = 0;
let bytes = 0;
for (let i = 0; i < N; i++) {
  pdfTimes.push(
    await time(async () => {
      const pdf = await renderReportPdf(subject(i), "2026-11-26");
      bytes += pdf.length;
      pages += (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    }),
  );
}
const pngCold = await time(async () =>
  renderPreviewPng(buildSharePreview(subject(0).profile, { name: "Ada", birthDate: null })),
);
const pngTimes: number[] = [];
for (let i = 0; i < Math.min(N, 20); i++) {
  // A different name each time: rendered cards are cached by their content.
  pngTimes.push(
    await time(async () =>
      renderPreviewPng(buildSharePreview(subject(i).profile, { name: `${subject(i).name} ${i}`, birthDate: null })),
    ),
  );
}

const pdf = stats(pdfTimes);
const png = stats(pngTimes);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (other work on this machine slows every figure)`,
);
console.log(
  `report PDF: first (cold) ${cold.toFixed(1)} ms; then ${N} reports: mean ${pdf.mean} ms, p95 ${pdf.p95} ms, max ${pdf.max} ms`,
);
console.log(`            ${(pages / N).toFixed(1)} pages and ${Math.round(bytes / N / 1024)} KiB on average`);
console.log(
  `share PNG 1200x630: first (cold) ${pngCold.toFixed(1)} ms; then ${pngTimes.length}: mean ${png.mean} ms, p95 ${png.p95} ms`,
);
console.log(
  Number(pdf.p95) < TARGET_MS && cold < TARGET_MS ? `OK: under ${TARGET_MS} ms` : `SLOW: the target is ${TARGET_MS} ms`,
);
