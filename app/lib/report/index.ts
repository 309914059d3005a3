/**
 * The one report model behind the calculator, /report, /people/:id and the PDFs: the profile's numbers in
 * reading order, each joined with its interpretation from app/content. Pure: no I/O, no React, no clock.
 */
import { remediesDisclaimer, resolveLocale } from "~/content";
import type { Profile } from "~/numerology";
import { ItemBuilder } from "./item-builder";
import { loShuFacts } from "./lo-shu";
import {
  coreSection,
  cyclesSection,
  loShuSection,
  moreSection,
  pinnaclesSection,
  remediesSection,
  transitsSection,
} from "./sections";
import type { Report, ReportOptions, ReportSection, ReportSectionKey } from "./types";

export { LO_SHU_LAYOUT } from "./lo-shu";
export type * from "./types";

type SectionBuilder = (b: ItemBuilder, p: Profile, locale: ReturnType<typeof resolveLocale>) => ReportSection | null;

/** Every section, in reading order. */
const SECTIONS: Record<ReportSectionKey, SectionBuilder> = {
  core: coreSection,
  more: moreSection,
  cycles: cyclesSection,
  pinnacles: pinnaclesSection,
  transits: transitsSection,
  "lo-shu": loShuSection,
  remedies: remediesSection,
};

/** The report, in reading order. Cycles and transits appear only when the profile was computed with `today`. */
export function buildReport(profile: Profile, options: ReportOptions = {}): Report {
  const locale = resolveLocale(options.locale);
  const b = new ItemBuilder(profile, locale);
  const sections = Object.values(SECTIONS)
    .map((build) => build(b, profile, locale))
    .filter((s): s is ReportSection => s !== null);
  return {
    birthName: profile.input.birthName,
    birthDate: profile.input.birthDate,
    today: profile.input.today ?? null,
    age: profile.input.age ?? null,
    system: profile.input.options.system,
    sections,
    loShu: loShuFacts(profile, locale),
    remediesDisclaimer: remediesDisclaimer(locale),
  };
}

/** One section of a built report (e.g. the report page's "core"). */
export function reportSection(report: Report, key: ReportSectionKey): ReportSection | undefined {
  return report.sections.find((s) => s.key === key);
}

/** One section built alone, for pages that show only it (the dashboard, the daily reading): the same items as in the report. */
export function buildReportSection(
  profile: Profile,
  key: ReportSectionKey,
  options: ReportOptions = {},
): ReportSection | undefined {
  const locale = resolveLocale(options.locale);
  return SECTIONS[key](new ItemBuilder(profile, locale), profile, locale) ?? undefined;
}
