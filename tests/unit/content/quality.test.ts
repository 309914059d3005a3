import { describe, expect, it } from "vitest";
import { LOCALES, NUMBER_TYPES, getContent, type ContentBundle } from "~/content";

/** Every string in the bundle with its path. */
function strings(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The long-form texts that must never be copy-pasted between entries. */
function prose(b: ContentBundle): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [n, a] of Object.entries(b.numbers)) out.push([`numbers.${n}`, a.paragraph]);
  for (const type of NUMBER_TYPES) {
    for (const [n, e] of Object.entries(b.positions[type])) out.push([`${type}.${n}`, e.paragraph]);
  }
  for (const [n, e] of Object.entries(b.personalYear)) out.push([`personalYear.${n}`, e.paragraph]);
  for (const [n, e] of Object.entries(b.personalMonth)) out.push([`personalMonth.${n}`, e.paragraph]);
  for (const [n, e] of Object.entries(b.personalDay)) {
    e.variants.forEach((v, i) => out.push([`personalDay.${n}.${i}`, v.reading]));
  }
  for (const [kind, t] of Object.entries(b.universal)) {
    for (const [n, e] of Object.entries(t)) out.push([`universal.${kind}.${n}`, e.text]);
  }
  for (const [k, e] of Object.entries(b.arrows)) out.push([`arrows.${k}`, e.paragraph]);
  for (const [k, e] of Object.entries(b.kua)) out.push([`kua.${k}`, e.paragraph]);
  for (const [k, e] of Object.entries(b.loShuMissing)) out.push([`loShuMissing.${k}`, e.meaning]);
  for (const [k, e] of Object.entries(b.loShuDigits)) {
    out.push(
      [`loShuDigits.${k}.present`, e.present],
      [`loShuDigits.${k}.twice`, e.twice],
      [`loShuDigits.${k}.many`, e.many],
    );
  }
  for (const [k, e] of Object.entries(b.letters)) {
    out.push(
      [`letters.${k}.cornerstone`, e.cornerstone],
      [`letters.${k}.capstone`, e.capstone],
      [`letters.${k}.transit`, e.transit],
    );
  }
  for (const [k, e] of Object.entries(b.firstVowel)) out.push([`firstVowel.${k}`, e]);
  for (const [k, e] of Object.entries(b.intros)) out.push([`intros.${k}`, e.description]);
  for (const [k, e] of Object.entries(b.compatibilityBands)) out.push([`bands.${k}`, e.summary]);
  for (const [k, e] of Object.entries(b.relations)) out.push([`relations.${k}`, e]);
  for (const [k, e] of Object.entries(b.remedies))
    out.push([`remedies.${k}.affirmation`, e.affirmation], [`remedies.${k}.practice`, e.practice]);
  return out;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

for (const locale of LOCALES) {
  describe(`content quality (${locale})`, () => {
    const bundle = getContent(locale);

    it("has no duplicate paragraphs anywhere", () => {
      const seen = new Map<string, string>();
      const dupes: string[] = [];
      for (const [path, text] of prose(bundle)) {
        const key = normalise(text);
        const prev = seen.get(key);
        if (prev) dupes.push(`${path} duplicates ${prev}`);
        else seen.set(key, path);
      }
      expect(dupes).toEqual([]);
    });

    it("has no paragraph whose first sentence is reused elsewhere (near copy-paste)", () => {
      const seen = new Map<string, string>();
      const dupes: string[] = [];
      for (const [path, text] of prose(bundle)) {
        const first = normalise(text.split(/(?<=[.!?])\s/)[0] ?? "");
        if (first.split(" ").length < 6) continue;
        const prev = seen.get(first);
        if (prev) dupes.push(`${path} shares its opening with ${prev}`);
        else seen.set(first, path);
      }
      expect(dupes).toEqual([]);
    });

    it("has unique titles within each position and archetype table", () => {
      const tables: Array<[string, Record<string, { title: string }>]> = [
        ["numbers", bundle.numbers],
        ["personalYear", bundle.personalYear],
        ["personalMonth", bundle.personalMonth],
        ["personalDay", bundle.personalDay],
        ["arrows", bundle.arrows],
        ["kua", bundle.kua],
        ...NUMBER_TYPES.map((t) => [t, bundle.positions[t]] as [string, Record<string, { title: string }>]),
      ];
      for (const [name, table] of tables) {
        const titles = Object.values(table).map((e) => e.title);
        expect(new Set(titles).size, name).toBe(titles.length);
      }
    });

    it("has no placeholder or template text", () => {
      const bad = /\b(todo|tbd|fixme|lorem|ipsum|placeholder)\b|xxx|\?\?\?|\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/i;
      const hits = strings(bundle).filter(([, s]) => bad.test(s));
      expect(hits).toEqual([]);
    });

    it("has no empty strings, stray whitespace or unfinished sentences in prose", () => {
      const all = strings(bundle);
      expect(all.filter(([, s]) => s.trim() === "" || s !== s.trim() || /\s{2,}/.test(s))).toEqual([]);
      expect(prose(bundle).filter(([, s]) => !/[.!?)]$/.test(s))).toEqual([]);
    });

    it("speaks to the reader in the second person", () => {
      const positional = NUMBER_TYPES.flatMap((t) =>
        Object.entries(bundle.positions[t]).map(([n, e]) => [`${t}.${n}`, e.paragraph]),
      );
      const missing = positional.filter(([, p]) => !/\byou(r|rs|rself)?\b/i.test(p!));
      expect(missing).toEqual([]);
    });
  });
}
