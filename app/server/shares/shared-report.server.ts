/**
 * What a public share link shows: the subject's report cut down to what the owner chose. The
 * profile itself never leaves the server (it carries the birth name and date); the page gets only
 * the chosen sections and charts prebuilt, so nothing hidden reaches the browser.
 */
import { buildLifeTimeline } from "~/charts/life-timeline";
import { buildLoShuChart } from "~/charts/lo-shu-grid";
import { WEB_PALETTE, type Chart } from "~/charts/svg-tree";
import { buildReport, type ReportSection } from "~/lib/report";
import type { Profile } from "~/numerology";
import {
  getPreferences,
  readProfile,
  subjectOfPerson,
  subjectOfUser,
  todayFor,
} from "~/server/readings/readings.server";
import type { SharedSubject } from "./share-links.server";

export interface SharedReportView {
  /** null unless the owner chose to show it. */
  name: string | null;
  birthDate: string | null;
  sections: ReportSection[];
  loShu: Chart | null;
  timeline: Chart | null;
  lifePath: { value: number; title: string };
  summary: string;
}

/** Items that spell out letters of the name. */
const NAME_ITEMS = new Set(["cornerstone", "capstone", "firstVowel"]);

export function sharedReportView(
  profile: Profile,
  subject: { name: string; birthDate: string },
  choice: { showName: boolean; showBirthDate: boolean },
): SharedReportView {
  const { showName, showBirthDate } = choice;
  const report = buildReport(profile);
  const keep = (s: ReportSection) => {
    if (s.key === "core" || s.key === "more") return true;
    // Cycles are about the owner's today; remedies are advice for the owner, not a card for others.
    if (s.key === "cycles" || s.key === "remedies") return false;
    if (s.key === "transits") return showName && showBirthDate;
    return showBirthDate; // pinnacles and Lo Shu read the birth date's digits
  };
  // "Show the math" writes out the name and the date: only when both are shared.
  const showSteps = showName && showBirthDate;
  const sections = report.sections.filter(keep).map((s) => ({
    ...s,
    items: s.items
      .filter((item) => showName || !NAME_ITEMS.has(item.key))
      .map((item) => (showSteps ? item : { ...item, steps: [] })),
  }));
  const core = sections.find((s) => s.key === "core")?.items ?? [];
  const lifePath = core.find((i) => i.key === "lifePath");
  return {
    name: showName ? subject.name : null,
    birthDate: showBirthDate ? subject.birthDate : null,
    sections,
    loShu: showBirthDate ? buildLoShuChart(profile, { id: "shared-lo-shu", palette: WEB_PALETTE }) : null,
    timeline: showBirthDate
      ? buildLifeTimeline(profile, { id: "shared-timeline", palette: WEB_PALETTE, transits: showName })
      : null,
    lifePath: { value: profile.lifePath.value, title: lifePath?.meaning.title ?? "" },
    summary: core.map((i) => `${i.label} ${i.value}`).join(", "),
  };
}

/** The shared subject's profile, computed as its owner sees it (their options, their today); null if unreadable. */
export async function sharedProfile(
  shared: SharedSubject,
): Promise<{ profile: Profile; name: string; birthDate: string } | null> {
  const prefs = await getPreferences(shared.owner.id);
  const subject = shared.person ? subjectOfPerson(shared.person) : subjectOfUser(shared.owner, prefs);
  const reading = readProfile(subject, prefs, todayFor(shared.owner));
  return reading.ok ? { profile: reading.profile, name: subject.name, birthDate: subject.birthDate } : null;
}
