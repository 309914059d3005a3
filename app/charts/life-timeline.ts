/**
 * A life from birth to age 90 as an SVG element tree: the four Pinnacles and Challenges as bands,
 * the Personal Year of every calendar year (nine-year cycles start at Personal Year 1), the three
 * transit letters and the essence by age, and a "you are here" marker on the profile's today.
 */
import { meaningFor } from "~/content";
import { formatLongDate } from "~/lib/dates/local-dates";
import {
  essence,
  parseDate,
  personalYear,
  transits,
  type CalendarDate,
  type LifePeriod,
  type Profile,
} from "~/numerology";
import {
  chartSvg,
  h,
  PRINT_PALETTE,
  round,
  type AltSection,
  type Chart,
  type ChartPalette,
  type SvgElement,
} from "./svg-tree";

export const TIMELINE_GEOMETRY = { width: 960, plotX: 124, yearWidth: 9, maxAge: 90 } as const;
const { width, plotX, yearWidth, maxAge } = TIMELINE_GEOMETRY;
const LABEL_X = plotX - 10;

/** x of an age (fractional ages allowed), clamped to the plot. */
export function ageX(age: number): number {
  return round(plotX + Math.min(Math.max(age, 0), maxAge) * yearWidth);
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** Age in years with the fraction since the last birthday, e.g. 36.96; negative before birth. */
export function fractionalAge(birth: CalendarDate, on: CalendarDate): number {
  const birthdayIn = (year: number) => dayNumber(year, birth.month, birth.day);
  const today = dayNumber(on.year, on.month, on.day);
  let year = on.year;
  if (today < birthdayIn(year)) year -= 1;
  const last = birthdayIn(year);
  return year - birth.year + (today - last) / (birthdayIn(year + 1) - last);
}

export interface Span<T> {
  value: T;
  from: number;
  until: number;
}

/** Runs of equal values over ages [0, maxAge): `valueAt` is called once per age. */
function runs<T>(valueAt: (age: number) => T, same: (a: T, b: T) => boolean = Object.is): Span<T>[] {
  const spans: Span<T>[] = [];
  for (let age = 0; age < maxAge; age++) {
    const value = valueAt(age);
    const last = spans[spans.length - 1];
    if (last && same(last.value, value)) last.until = age + 1;
    else spans.push({ value, from: age, until: age + 1 });
  }
  return spans;
}

type Role = "physical" | "mental" | "spiritual";
const ROLES: readonly Role[] = ["physical", "mental", "spiritual"];
const ROLE_LABELS: Record<Role, string> = { physical: "Physical", mental: "Mental", spiritual: "Spiritual" };

export interface TimelineModel {
  pinnacles: LifePeriod[];
  challenges: LifePeriod[];
  /** Each calendar year from the birth year on, placed on the age axis. */
  personalYears: { year: number; value: number; from: number; until: number }[];
  transits: Record<Role, (Span<string> & { name: string })[]> | null;
  essence: Span<number>[] | null;
  /** The profile's today as a fractional age, with the date; null without a today. */
  now: { age: number; completedAge: number; date: string } | null;
}

export interface TimelineOptions {
  id?: string;
  palette?: ChartPalette;
  /** Transit letters spell out the name: a shared report without the name leaves them out. */
  transits?: boolean;
}

/** The facts the chart and its text alternative show, computed once. */
export function timelineModel(profile: Profile, options: Pick<TimelineOptions, "transits"> = {}): TimelineModel {
  const birth = parseDate(profile.input.birthDate, "birthDate");
  const personalYears: TimelineModel["personalYears"] = [];
  for (let year = birth.year; ; year++) {
    const from = fractionalAge(birth, { year, month: 1, day: 1 });
    if (from >= maxAge) break;
    const until = fractionalAge(birth, { year: year + 1, month: 1, day: 1 });
    personalYears.push({
      year,
      value: personalYear(birth, { year, month: 1, day: 1 }).value,
      from: Math.max(from, 0),
      until: Math.min(until, maxAge),
    });
  }

  let transitRows: TimelineModel["transits"] = null;
  let essenceRuns: TimelineModel["essence"] = null;
  if (options.transits !== false) {
    const { name, options: resolved } = profile.input;
    const byAge = Array.from({ length: maxAge }, (_, age) => transits(name, age, resolved.system));
    const row = (role: Role) =>
      runs(
        (age) => byAge[age].detail[role],
        // A letter's period is one span even when the same letter follows itself.
        (a, b) => a.fromAge === b.fromAge && a.name === b.name,
      ).map((s) => ({ value: s.value.letter, name: s.value.name, from: s.from, until: s.until }));
    transitRows = { physical: row("physical"), mental: row("mental"), spiritual: row("spiritual") };
    essenceRuns = runs((age) => essence(byAge[age], resolved.masterNumbers).value);
  }

  const today = profile.input.today;
  return {
    pinnacles: profile.pinnacles,
    challenges: profile.challenges,
    personalYears,
    transits: transitRows,
    essence: essenceRuns,
    now:
      today && profile.input.age !== undefined
        ? { age: fractionalAge(birth, parseDate(today, "today")), completedAge: profile.input.age, date: today }
        : null,
  };
}

const ageRange = (from: number, until: number | null) => (until === null ? `${from}+` : `${from}–${until}`);

function periodBand(
  kind: "pinnacle" | "challenge",
  p: LifePeriod,
  index: number,
  y: number,
  palette: ChartPalette,
): SvgElement {
  const x1 = ageX(p.startAge);
  const x2 = ageX(p.endAge ?? maxAge);
  const fill = kind === "pinnacle" ? palette.accent : palette.muted;
  const mid = round((x1 + x2) / 2);
  return h(
    "g",
    {
      "data-period": kind,
      "data-index": index + 1,
      "data-number": p.number,
      "data-from": p.startAge,
      "data-until": p.endAge ?? "",
    },
    [
      h("rect", {
        x: x1,
        y,
        width: round(x2 - x1),
        height: 40,
        fill,
        "fill-opacity": index % 2 ? 0.26 : 0.13,
        stroke: palette.line,
      }),
      h(
        "text",
        { x: mid, y: y + 17, "font-size": 16, "font-weight": 700, "text-anchor": "middle", fill: palette.ink },
        String(p.number),
      ),
      h(
        "text",
        { x: mid, y: y + 32, "font-size": 10, "text-anchor": "middle", fill: palette.ink },
        ageRange(p.startAge, p.endAge),
      ),
    ],
  );
}

function rowLabel(text: string, y: number, palette: ChartPalette): SvgElement {
  return h(
    "text",
    { x: LABEL_X, y, "font-size": 12, "text-anchor": "end", "dominant-baseline": "central", fill: palette.ink },
    text,
  );
}

function spanRow<T>(role: string, spans: Span<T>[], y: number, height: number, palette: ChartPalette): SvgElement[] {
  return spans.map((s) => {
    const x1 = ageX(s.from);
    const x2 = ageX(s.until);
    const children = [
      h("rect", { x: x1, y, width: round(x2 - x1), height, fill: palette.surface, stroke: palette.line }),
    ];
    const label = String(s.value);
    // Too narrow a span keeps its letter in the text alternative only.
    if (x2 - x1 >= label.length * 6 + 2) {
      children.push(
        h(
          "text",
          {
            x: round((x1 + x2) / 2),
            y: y + height / 2,
            "font-size": 10,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            fill: palette.ink,
          },
          label,
        ),
      );
    }
    return h("g", { "data-span": role, "data-value": label, "data-from": s.from, "data-until": s.until }, children);
  });
}

export function buildLifeTimeline(profile: Profile, options: TimelineOptions = {}): Chart {
  const palette = options.palette ?? PRINT_PALETTE;
  const id = options.id ?? "life-timeline";
  const model = timelineModel(profile, options);
  const children: SvgElement[] = [];

  let y = 34;
  children.push(rowLabel("Pinnacles", y + 20, palette));
  children.push(
    h(
      "g",
      { "data-row": "pinnacles" },
      model.pinnacles.map((p, i) => periodBand("pinnacle", p, i, y, palette)),
    ),
  );
  y += 46;
  children.push(rowLabel("Challenges", y + 20, palette));
  children.push(
    h(
      "g",
      { "data-row": "challenges" },
      model.challenges.map((p, i) => periodBand("challenge", p, i, y, palette)),
    ),
  );
  y += 46;

  children.push(rowLabel("Personal Year", y + 11, palette));
  const years: SvgElement[] = [];
  for (const py of model.personalYears) {
    const x1 = ageX(py.from);
    const x2 = ageX(py.until);
    const start = py.value === 1;
    const cellChildren: SvgElement[] = [
      h("rect", {
        x: x1,
        y,
        width: round(x2 - x1),
        height: 22,
        fill: start ? palette.accent : palette.surface,
        "fill-opacity": start ? 0.3 : 1,
        stroke: palette.line,
        "stroke-width": 0.5,
      }),
    ];
    if (x2 - x1 >= 6) {
      cellChildren.push(
        h(
          "text",
          {
            x: round((x1 + x2) / 2),
            y: y + 11,
            "font-size": 9,
            "text-anchor": "middle",
            "dominant-baseline": "central",
            fill: palette.ink,
          },
          String(py.value),
        ),
      );
    }
    if (start) {
      cellChildren.push(
        h("line", { x1, y1: y + 22, x2: x1, y2: y + 30, stroke: palette.ink, "stroke-width": 1 }),
        h("text", { x: x1, y: y + 38, "font-size": 9, "text-anchor": "middle", fill: palette.muted }, String(py.year)),
      );
    }
    years.push(
      h(
        "g",
        { "data-year": py.year, "data-personal-year": py.value, ...(start ? { "data-cycle-start": "true" } : {}) },
        cellChildren,
      ),
    );
  }
  children.push(h("g", { "data-row": "personal-years" }, years));
  y += 46;

  if (model.transits && model.essence) {
    for (const role of ROLES) {
      children.push(rowLabel(ROLE_LABELS[role], y + 10, palette));
      children.push(h("g", { "data-row": role }, spanRow(role, model.transits[role], y, 20, palette)));
      y += 24;
    }
    children.push(rowLabel("Essence", y + 10, palette));
    children.push(h("g", { "data-row": "essence" }, spanRow("essence", model.essence, y, 20, palette)));
    y += 28;
  }

  const axisY = y;
  const axis: SvgElement[] = [
    h("line", { x1: ageX(0), y1: axisY, x2: ageX(maxAge), y2: axisY, stroke: palette.ink, "stroke-width": 1 }),
  ];
  for (let age = 0; age <= maxAge; age += 5) {
    const x = ageX(age);
    axis.push(
      h("line", { x1: x, y1: axisY, x2: x, y2: axisY + (age % 10 ? 4 : 7), stroke: palette.ink, "stroke-width": 1 }),
    );
    if (age % 10 === 0)
      axis.push(
        h("text", { x, y: axisY + 19, "font-size": 11, "text-anchor": "middle", fill: palette.ink }, String(age)),
      );
  }
  children.push(rowLabel("Age", axisY + 15, palette), h("g", { "data-row": "axis" }, axis));

  if (model.now && model.now.age >= 0 && model.now.age <= maxAge) {
    const x = ageX(model.now.age);
    const labelX = Math.min(Math.max(x, plotX + 50), width - 60);
    children.push(
      h("g", { "data-you-are-here": "true", "data-age": model.now.completedAge }, [
        h("line", { x1: x, y1: 24, x2: x, y2: axisY, stroke: palette.accent, "stroke-width": 2.5 }),
        h("circle", { cx: x, cy: 24, r: 4, fill: palette.accent }),
        h(
          "text",
          { x: labelX, y: 14, "font-size": 12, "font-weight": 700, "text-anchor": "middle", fill: palette.accent },
          `You are here (${model.now.completedAge})`,
        ),
      ]),
    );
  }

  const height = axisY + 30;
  const title = "Life-cycle timeline";
  const description = describe(model);
  const svg = chartSvg(id, { width, height }, { title, description }, palette, children);
  return { svg, title, description, alt: altText(model) };
}

const periodWhen = (p: LifePeriod) =>
  p.startAge === 0
    ? `from birth to age ${p.endAge}`
    : p.endAge === null
      ? `from age ${p.startAge} on`
      : `from age ${p.startAge} to ${p.endAge}`;

function describe(model: TimelineModel): string {
  const parts = [
    `Pinnacles ${model.pinnacles.map((p) => p.number).join(", ")} and challenges ${model.challenges.map((p) => p.number).join(", ")} from birth to age ${maxAge}, with the nine-year Personal Year cycle`,
  ];
  if (model.transits) parts.push("the transit letters and essence");
  let text = parts.join(", ") + ".";
  if (model.now) text += ` You are ${model.now.completedAge}.`;
  return text;
}

function altText(model: TimelineModel): AltSection[] {
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

function hereText(model: TimelineModel, now: NonNullable<TimelineModel["now"]>): string {
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
