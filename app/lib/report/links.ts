/** Where a report number lives on our pages: the answers of the AI guide link there. Pure. */

/** The id of a number's card on a report page ("pinnacle.2" → "rd-pinnacle-2"). */
export const reportItemAnchor = (itemKey: string) => `rd-${itemKey.replace(/\W/g, "-")}`;

/** The report page of "me" or of one of the user's people. */
export const reportPath = (subjectKey: string) =>
  subjectKey === "me" ? "/report" : `/people/${encodeURIComponent(subjectKey)}`;

export const reportItemHref = (subjectKey: string, itemKey: string) =>
  `${reportPath(subjectKey)}#${reportItemAnchor(itemKey)}`;

export const reportSectionHref = (subjectKey: string, sectionKey: string) => `${reportPath(subjectKey)}#${sectionKey}`;

const personQuery = (subjectKey: string) => (subjectKey === "me" ? "" : `?person=${encodeURIComponent(subjectKey)}`);

export const dailyHref = (subjectKey: string, date: string) => `/daily/${date}${personQuery(subjectKey)}`;

export const compatibilityHref = (a: string, b: string) =>
  `/compatibility?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

export const datesToolHref = (subjectKey: string, month: string, number: number) =>
  `/tools/dates?${new URLSearchParams({ month, number: String(number), person: subjectKey })}`;

export const nameToolHref = (name: string, target: number, system: string) =>
  `/tools/name?${new URLSearchParams({ name, target: String(target), system })}`;
