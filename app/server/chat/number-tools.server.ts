/** The guide's tools that read one chart: the profile overview and one number explained. */
import { numberMeaning, sectionIntro } from "~/content";
import { reportSectionHref } from "~/lib/report/links";
import type { Report } from "~/lib/report";
import { subjectFor, type ChatContext } from "./context.server";
import type { ExplainKey, ExplainOutput, LoShuOutput, NumberDetail, ProfileOutput, ToolError } from "./tool-outputs";
import {
  citeOf,
  detail,
  isError,
  itemsOf,
  NO_PERSON,
  personRef,
  practicesOf,
  reportOf,
  summary,
} from "./tool-support.server";

export function getProfile(context: ChatContext, input: { personId?: string }): ProfileOutput | ToolError {
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const report = reportOf(context, subject);
  if (isError(report)) return report;
  const details = itemsOf(report).map((item) => detail(subject.key, item));
  const pick = (keys: string[]) => details.filter((d) => keys.includes(d.key));
  const core = pick([
    "lifePath",
    "expression",
    "soulUrge",
    "personality",
    "birthday",
    "maturity",
    "personalYear",
    "personalMonth",
    "personalDay",
    "driver",
    "conductor",
    "kua",
  ]);
  const current = (prefix: string) => details.find((d) => d.key.startsWith(`${prefix}.`) && d.current === true) ?? null;
  const pinnacle = current("pinnacle");
  const challenge = current("challenge");
  return {
    person: personRef(subject),
    birthName: subject.birthName,
    birthDate: subject.birthDate,
    today: context.today,
    age: report.age,
    system: report.system,
    numbers: core.map(summary),
    currentPinnacle: pinnacle && summary(pinnacle),
    currentChallenge: challenge && summary(challenge),
    karmicLessons: details.filter((d) => d.key.startsWith("karmicLesson.")).map((d) => Number(d.value)),
    karmicDebt: details.filter((d) => d.key.startsWith("karmicDebt.")).map((d) => Number(d.value)),
    loShu: {
      missing: report.loShu.missing.map((m) => m.digit),
      repeating: report.loShu.repeating.map((r) => r.digit),
      arrows: report.loShu.arrows.map((a) => a.title),
      href: reportSectionHref(subject.key, "lo-shu"),
    },
    cite: citeOf(core.slice(0, 2)),
  };
}

function loShuOutput(subjectKey: string, report: Report): LoShuOutput {
  const { loShu } = report;
  return {
    missing: loShu.missing.map(({ digit, meaning, remedies, affirmation }) => ({
      digit,
      meaning,
      remedies,
      affirmation,
    })),
    repeating: loShu.repeating.map(({ digit, count, theme, text }) => ({ digit, count, theme, text })),
    arrows: loShu.arrows.map(({ kind, name, title, paragraph }) => ({ kind, name, title, paragraph })),
    steps: loShu.steps,
    href: reportSectionHref(subjectKey, "lo-shu"),
  };
}

/** Which report items a key names: a position, every item of a list, or the current pinnacle/challenge. */
function itemsFor(key: ExplainKey, details: NumberDetail[]): NumberDetail[] {
  if (key === "pinnacle" || key === "challenge" || key === "transit") {
    const all = details.filter((d) => d.key.startsWith(`${key}.`));
    const current = all.filter((d) => d.current);
    return current.length ? current : all;
  }
  if (key === "karmicLesson" || key === "karmicDebt" || key === "hiddenPassion")
    return details.filter((d) => d.key === key || d.key.startsWith(`${key}.`));
  if (key === "loShu") return details.filter((d) => d.key === "driver" || d.key === "conductor");
  if (key === "remedies") return details.filter((d) => d.key.startsWith("remedy."));
  return details.filter((d) => d.key === key);
}

export function explainNumber(
  context: ChatContext,
  input: { key: ExplainKey; number?: number; personId?: string },
): ExplainOutput | ToolError {
  if (input.key === "number") {
    if (input.number === undefined || !Number.isInteger(input.number) || input.number < 1)
      return { error: 'Give "number" (1 or more) to explain a number in general.' };
    const m = numberMeaning(input.number);
    const item: NumberDetail = {
      key: "number",
      label: `Number ${m.number}`,
      value: m.number,
      compound: input.number === m.number ? null : input.number,
      title: m.title,
      paragraph: m.paragraph,
      keywords: m.keywords.slice(0, 4),
      strengths: m.strengths,
      challenges: m.challenges,
      steps: [],
      facts: [
        { label: "Planet", value: m.planet },
        { label: "Element", value: m.element },
      ],
      href: "/calculator",
    };
    return { person: null, key: "number", about: "The number's general character.", items: [item], cite: [] };
  }
  const subject = subjectFor(context, input.personId);
  if (!subject) return NO_PERSON;
  const report = reportOf(context, subject);
  if (isError(report)) return report;
  const items = itemsFor(
    input.key,
    itemsOf(report).map((item) => detail(subject.key, item)),
  );
  if (input.key === "kua" && !items.length)
    return { error: "Kua needs a gender: it can be set in Settings → Profile (or on the person's page)." };
  const intro = sectionIntro(input.key);
  const lo = input.key === "loShu" ? loShuOutput(subject.key, report) : undefined;
  return {
    person: personRef(subject),
    key: input.key,
    about: intro.description,
    items,
    ...(lo ? { loShu: lo } : {}),
    ...(input.key === "remedies" ? { practices: practicesOf(context, subject) } : {}),
    cite: lo ? [{ label: "Lo Shu grid", href: lo.href }, ...citeOf(items)] : citeOf(items),
  };
}
