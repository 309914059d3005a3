/** The life timeline's words: its description and its text alternative (for screen readers and the PDF). */
import { meaningFor } from "~/content";
import { formatLongDate } from "~/lib/dates/local-dates";
import type { LifePeriod } from "~/numerology";
import type { AltSection } from "./svg-tree";
import { ROLE_LABELS, ROLES, TIMELINE_GEOMETRY, type Span, type TimelineModel } from "./life-timeline-model";

const { maxAge } = TIMELINE_GEOMETRY;

export const ageRange = (from: number, until: number | null) => (until === null ? `${from}+` : `${from}–${until}`);

export const periodWhen = (p: LifePeriod) =>
  p.startAge === 0
    ? `from birth to age ${p.endAge}`
    : p.endAge === null
      ? `from age ${p.startAge} on`
      : `from age ${p.startAge} to ${p.endAge}`;

export function describe(model: TimelineModel): string {
  const parts = [
    `Pinnacles ${model.pinnacles.map((p) => p.number).join(", ")} and challenges ${model.challenges.map((p) => p.number).join(", ")} from birth to age ${maxAge}, with the nine-year Personal Year cycle`,
  ];
  if (model.transits) parts.push("the transit letters and essence");
  let text = parts.join(", ") + ".";
  if (model.now) text += ` You are ${model.now.completedAge}.`;
  return text;
}

export function altText(model: TimelineModel): AltSection[] {
  const periods = (kind: "pinnacle" | "challenge", list: LifePeriod[], label: string) =>
    list.map((p, i) => `${label} ${i + 1}, ${periodWhen(p)}: ${p.number}, ${meaningFor(kind, p.number).title}`);
  const sections: AltSection[] = [
    { heading: "Pinnacles", items: periods("pinnacle", model.pinnacles, "Pinnacle") },
    { heading: "Challenges", items: periods("challenge", model.challenges, "Challenge") },
  ];
  const starts = model.personalYears.filter((py) => py.value === 1).map((py) => py.year);
  const cycle = [`Nine-year cycles begin (Personal Year 1) in ${starts.join(", ")}.`];
  const { now } = model;
  const nowYear = now ? model.personalYears.find((py) => py.year === Number(now.date.slice(0, 4))) : undefined;
  if (nowYear) cycle.push(`${nowYear.year} is Personal Year ${nowYear.value}.`);
  sections.push({ heading: "Personal Year cycle", items: cycle });
  if (model.transits && model.essence) {
    const transitRows = model.transits;
    sections.push({
      heading: "Transit letters and essence by age",
      items: [
        ...ROLES.map(
          (role) =>
            `${ROLE_LABELS[role]} (${transitRows[role][0]?.name ?? ""}): ` +
            transitRows[role].map((s) => `${s.value} ${ageRange(s.from, s.until)}`).join(", "),
        ),
        "Essence: " + model.essence.map((s) => `${s.value} ${ageRange(s.from, s.until)}`).join(", "),
      ],
    });
  }
  if (model.now) sections.push({ heading: "You are here", items: [hereText(model, model.now)] });
  return sections;
}

export function hereText(model: TimelineModel, now: NonNullable<TimelineModel["now"]>): string {
  const age = now.completedAge;
  const within = (p: LifePeriod) => age >= p.startAge && (p.endAge === null || age < p.endAge);
  const pinnacle = model.pinnacles.findIndex(within);
  const challenge = model.challenges.findIndex(within);
  const parts = [`Age ${age} on ${formatLongDate(now.date)}`];
  if (pinnacle >= 0) parts.push(`Pinnacle ${pinnacle + 1} (${model.pinnacles[pinnacle].number})`);
  if (challenge >= 0) parts.push(`Challenge ${challenge + 1} (${model.challenges[challenge].number})`);
  const { transits: rows } = model;
  if (rows && model.essence && age < maxAge) {
    const at = (spans: Span<string>[]) => spans.find((s) => age >= s.from && age < s.until)?.value ?? "";
    parts.push(`transits ${ROLES.map((role) => `${ROLE_LABELS[role].toLowerCase()} ${at(rows[role])}`).join(", ")}`);
    const essenceNow = model.essence.find((s) => age >= s.from && age < s.until);
    if (essenceNow) parts.push(`essence ${essenceNow.value}`);
  }
  return parts.join("; ") + ".";
}
