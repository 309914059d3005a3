/** Readers for the parts of a question: who it is about, which number, which date or month, what for. */
import { addDays, addMonths, daysInMonth, formatMonth, isIsoDate, weekdayIndex } from "~/lib/dates/calendar";
import type { PromptFacts } from "../system-prompt";
import type { Person, Purpose, Scope } from "./intents";
import {
  RELATION_WORDS,
  MONTH_ALT,
  MONTHS,
  NUMBER_WORD,
  PURPOSES,
  VALID_NUMBERS,
  WEEKDAYS,
  WORD_NUMBERS,
  monthIndex,
} from "./vocabulary";

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** People named (first name or full name) or described by relation ("my partner"), in order of mention. */
export function mentionedPeople(text: string, people: Person[]): Person[] {
  const found: Array<[number, Person]> = [];
  for (const person of people) {
    if (person.id === "me") continue;
    const names = [person.name, person.name.split(/\s+/)[0]].map((n) => normalise(n)).filter((n) => n.length > 1);
    const at = Math.min(
      ...names.map((n) => text.search(new RegExp(`\\b${escape(n)}('s)?\\b`))).filter((i) => i >= 0),
      Infinity,
    );
    if (at !== Infinity) found.push([at, person]);
  }
  for (const [relation, pattern] of RELATION_WORDS) {
    const at = text.search(pattern);
    const person = people.find((p) => p.relation === relation && !found.some(([, f]) => f.id === p.id));
    if (at >= 0 && person) found.push([at, person]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

export const FIRST_PERSON = /\b(i|i'm|im|me|my|mine|myself|am i)\b/;
export const THIRD_PERSON = /\b(he|she|his|her|him|hers|they|their|them)\b/;

/** Whose chart a question is about: a named person, else "my" → me, "his/her" → the conversation's subject. */
export function subjectOf(text: string, facts: PromptFacts): string {
  const named = mentionedPeople(text, facts.people)[0];
  if (named) return named.id;
  if (FIRST_PERSON.test(text)) return "me";
  if (THIRD_PERSON.test(text)) return facts.aboutKey;
  return facts.aboutKey;
}

export function numberIn(text: string): number | null {
  // Dates and years are not the number asked about.
  const cleaned = text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{4}\b/g, " ");
  for (const match of cleaned.matchAll(/(?<![\d-])(\d{1,2})(?:s|'s)?\b(?!\s*(?:st|nd|rd|th)\b)/g)) {
    const n = Number(match[1]);
    if (VALID_NUMBERS.has(n)) return n;
  }
  const word = NUMBER_WORD.exec(cleaned);
  return word ? WORD_NUMBERS[word[1]] : null;
}

/** The next such weekday from today (today itself unless "next" was said). */
export function nextWeekday(today: string, weekday: number, next: boolean): string {
  const ahead = (weekday - weekdayIndex(today) + 7) % 7;
  return addDays(today, ahead === 0 && next ? 7 : ahead);
}

/** A specific day named in the question, with how to say it ("tomorrow", "on 2026-12-25"). */
export function dateIn(text: string, today: string): { date: string; when: string } | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (iso && isIsoDate(iso[1])) return { date: iso[1], when: `on ${iso[1]}` };
  if (/\btomorrow\b/.test(text)) return { date: addDays(today, 1), when: "tomorrow" };
  if (/\byesterday\b/.test(text)) return { date: addDays(today, -1), when: "yesterday" };
  if (/\b(today|tonight|this morning|this evening|this afternoon)\b/.test(text)) return { date: today, when: "today" };
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_ALT}\\b(?: (\\d{4}))?`).exec(text);
  const monthDay = new RegExp(`\\b${MONTH_ALT} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`).exec(text);
  const parts = dayMonth
    ? { day: Number(dayMonth[1]), month: monthIndex(dayMonth[2]), year: dayMonth[3] }
    : monthDay
      ? { day: Number(monthDay[2]), month: monthIndex(monthDay[1]), year: monthDay[3] }
      : null;
  if (parts && parts.month > 0) {
    const year = parts.year ? Number(parts.year) : Number(today.slice(0, 4));
    if (parts.day >= 1 && parts.day <= daysInMonth(year, parts.month)) {
      const date = `${String(year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
      return { date, when: `on ${date}` };
    }
  }
  const weekday = /\b(this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(text);
  if (weekday) {
    const date = nextWeekday(today, WEEKDAYS.indexOf(weekday[2]), weekday[1] === "next ");
    return { date, when: `on ${weekday[2][0].toUpperCase()}${weekday[2].slice(1)} (${date})` };
  }
  return null;
}

/** A month named in the question (YYYY-MM): "next month", "in March" (the next March to come). */
export function monthIn(text: string, today: string): string | null {
  const thisMonth = today.slice(0, 7);
  const iso = /\b(\d{4})-(\d{2})\b/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]}`;
  if (/\bnext month\b/.test(text)) return addMonths(thisMonth, 1);
  if (/\bthis month\b/.test(text)) return thisMonth;
  // "may" is a month only where a month fits: "in May", "May 2027".
  const named = new RegExp(
    `\\b(?:in|for|during|of|this|next) ${MONTH_ALT}\\b|\\b(${MONTHS.filter((m) => m !== "may").join("|")})\\b|\\bmay (\\d{4})\\b`,
  ).exec(text);
  if (!named) return null;
  const word = named[1] ?? named[2] ?? "may";
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  const month = monthIndex(word);
  if (year) return `${year}-${String(month).padStart(2, "0")}`;
  const currentYear = Number(today.slice(0, 4));
  const candidate = `${currentYear}-${String(month).padStart(2, "0")}`;
  return candidate >= thisMonth ? candidate : `${currentYear + 1}-${String(month).padStart(2, "0")}`;
}

export function purposeIn(text: string): Purpose | null {
  return PURPOSES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export const YEAR_NAMED = /\b(\d{4})\b.*\byear\b|\b(?:in|for|during|will|of) (\d{4})\b/;

export function scopeOf(text: string): Scope | null {
  if (
    /\b(personal year|this year|next year|year ahead|coming year|my year|the year)\b/.test(text) ||
    YEAR_NAMED.test(text)
  )
    return "year";
  if (/\b(personal month|this month|next month|month ahead|coming month)\b/.test(text)) return "month";
  if (/\b(personal day|today|tomorrow|yesterday|tonight|this week|this weekend)\b/.test(text)) return "day";
  return null;
}

/** The date a year or month question is about: today, or the first day of the next year/month asked for. */
export function scopeDate(text: string, today: string, scope: Scope): { date: string; when: string } {
  const thisYear = Number(today.slice(0, 4));
  if (scope === "year" && /\bnext year\b/.test(text)) return { date: `${thisYear + 1}-01-01`, when: "next year" };
  const named = YEAR_NAMED.exec(text);
  const year = named ? Number(named[1] ?? named[2]) : thisYear;
  if (scope === "year" && year !== thisYear && year >= 1800 && year <= 9999)
    return { date: `${year}-01-01`, when: `in ${year}` };
  if (scope === "month") {
    const month = monthIn(text, today);
    if (month && month !== today.slice(0, 7)) return { date: `${month}-01`, when: `in ${formatMonth(month)}` };
  }
  return { date: today, when: scope === "year" ? "this year" : scope === "month" ? "this month" : "today" };
}
