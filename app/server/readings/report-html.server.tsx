import type { AppLoadContext } from "@remix-run/node";
import { createHash } from "node:crypto";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { LifeTimelineChart } from "~/components/charts/life-timeline-chart";
import { LoShuChart } from "~/components/charts/lo-shu-chart";
import { ReportSections } from "~/components/report-sections";
import { REPORT_BODY_ID } from "~/components/server-html";
import { buildReport } from "~/lib/report/index";
import type { Profile } from "~/numerology";
import { BoundedCache } from "~/lib/bounded-cache";
import { getEnv } from "~/server/config/env.server";

const kept = new BoundedCache<string>(
  () => getEnv().REPORT_CACHE_CHARS,
  (_key, html) => html.length,
);

/**
 * Renders a report's body (sections, charts with their text alternatives, "show the math") once, as HTML,
 * for the page's <ServerHtml id={REPORT_BODY_ID}>. The HTML is a pure function of the profile's input
 * (birth name and date, gender, options, today) and of this build's texts, so it is kept by owner and input
 * (REPORT_CACHE_CHARS): new birth data, options or a new day make a new key, never a stale page, and one
 * owner's entry never serves another.
 */
export function renderReportBody(
  context: AppLoadContext,
  owner: string,
  profile: Profile,
  options: { charts: boolean },
): void {
  const key = JSON.stringify([owner, options.charts, profile.input]);
  let html = kept.get(key);
  if (html === undefined) {
    const charts = options.charts
      ? { loShu: <LoShuChart profile={profile} />, lifeCycles: <LifeTimelineChart profile={profile} /> }
      : undefined;
    html = renderToStaticMarkup(<ReportSections report={buildReport(profile)} charts={charts} />);
    kept.set(key, html);
  }
  context.serverHtml.set(REPORT_BODY_ID, { html, key });
}

// The digest of an inputs object seen before: callers that keep their inputs (the daily cards) hand the
// same object again, and it never changes once rendered.
const digests = new WeakMap<object, { id: string; key: string }>();

/**
 * A static block of a page (nothing in it reacts to the user) as server-only HTML for <ServerHtml id>,
 * rendered from `inputs` (plain data, not changed afterwards) by `render`. The HTML is a pure function of
 * them, so it is kept (with the report bodies, REPORT_CACHE_CHARS) under a digest of the inputs, which is
 * also its key for the page cache: a page seen again costs a digest, not a render, and the same inputs
 * object seen again costs neither.
 */
export function renderServerHtml<T>(
  context: AppLoadContext,
  id: string,
  inputs: T,
  render: (inputs: T) => ReactElement,
): void {
  const remembered = typeof inputs === "object" && inputs !== null ? digests.get(inputs) : undefined;
  let key = remembered?.id === id ? remembered.key : undefined;
  if (key === undefined) {
    key = createHash("sha256")
      .update(JSON.stringify([id, inputs]))
      .digest("base64url");
    if (typeof inputs === "object" && inputs !== null) digests.set(inputs, { id, key });
  }
  let html = kept.get(key);
  if (html === undefined) {
    html = renderToStaticMarkup(render(inputs));
    kept.set(key, html);
  }
  context.serverHtml.set(id, { html, key });
}
