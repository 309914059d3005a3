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

/** The report, in reading order. Cycles and transits appear only when the profile was computed with `today`. */
export function buildReport(profile: Profile, options: ReportOptions = {}): Report {
  const locale = resolveLocale(options.locale);
  const b = new ItemBuilder(profile, locale);
  const sections = [
    coreSection(b, profile),
    moreSection(b, profile, locale),
    cyclesSection(b, profile, locale),
    pinnaclesSection(b, profile),
    transitsSection(b, profile, locale),
    loShuSection(b, profile, locale),
    remediesSection(b, profile, locale),
  ].filter((s): s is ReportSection => s !== null);
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

/** One section by key (e.g. the dashboard's "core"). */
export function reportSection(report: Report, key: ReportSectionKey): ReportSection | undefined {
  return report.sections.find((s) => s.key === key);
}
