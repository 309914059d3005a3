/** The Lo Shu chart's words: its one-line description and its text alternative (for screen readers and the PDF). */
import { kuaReading, loShuArrow, loShuDigitReading, meaningFor } from "~/content";
import { LO_SHU_LAYOUT } from "~/lib/report";
import type { Profile } from "~/numerology";
import type { AltSection } from "./svg-tree";
import { timesText, type LoShuArrowLine } from "./lo-shu-cells";

const ROW_NAMES = ["Top row", "Middle row", "Bottom row"];

export function describe(profile: Profile, lines: LoShuArrowLine[]): string {
  const { missing } = profile.loShu;
  const parts = ["The birth date's digits placed in the Lo Shu square (rows 4 9 2, 3 5 7, 8 1 6)."];
  parts.push(missing.length ? `Missing: ${missing.join(", ")}.` : "No number is missing.");
  parts.push(
    lines.length ? `Arrows: ${lines.map((l) => `${l.name} (${l.kind})`).join(", ")}.` : "No complete or empty line.",
  );
  return parts.join(" ");
}

export function altText(profile: Profile, lines: LoShuArrowLine[]): AltSection[] {
  const { counts, missing, driver, conductor } = profile.loShu;
  const countOf = (d: number) => counts[d as keyof typeof counts];
  const sections: AltSection[] = [
    {
      heading: "The grid",
      items: LO_SHU_LAYOUT.map(
        (row, i) =>
          `${ROW_NAMES[i]}: ` +
          row.map((d) => (countOf(d) ? `${d} ${timesText(countOf(d))}` : `${d} missing`)).join(", "),
      ),
    },
    {
      heading: "Missing numbers",
      items: missing.length
        ? missing.map((d) => {
            const reading = loShuDigitReading(d, 0);
            return `${d} (${reading.theme}): ${reading.text}`;
          })
        : ["None: every number from 1 to 9 appears."],
    },
    {
      heading: "Arrows",
      items: lines.length
        ? lines.map((l) => {
            const text = loShuArrow(l.key);
            return `${text.title} (${l.kind}): ${text.paragraph}`;
          })
        : ["No line of the grid is complete or empty."],
    },
  ];
  const numbers = [meaningFor("driver", driver.value).title, meaningFor("conductor", conductor.value).title];
  if (profile.kua) {
    const kua = kuaReading(profile.kua.value);
    numbers.push(`${kua.title} (${kua.group} group)`);
  }
  sections.push({ heading: "Driver, conductor and Kua", items: numbers });
  return sections;
}
