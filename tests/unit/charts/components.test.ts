import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LifeTimelineChart } from "~/components/charts/life-timeline-chart";
import { LoShuChart } from "~/components/charts/lo-shu-chart";
import { computeProfile } from "~/numerology";

const profile = computeProfile({ birthName: "Ada Lovelace Byron", birthDate: "1984-06-27", today: "2026-11-26" });

describe("chart components", () => {
  it("server-render an accessible inline SVG with the text alternative in a disclosure", () => {
    const html = renderToStaticMarkup(createElement(LoShuChart, { profile, id: "me-lo-shu" }));
    expect(html).toMatch(/^<figure class="chart chart--lo-shu"><svg viewBox="0 0 440 \d+"/);
    expect(html).toContain('role="img" aria-labelledby="me-lo-shu-title me-lo-shu-desc"');
    expect(html).toContain('<title id="me-lo-shu-title">Lo Shu grid</title>');
    expect(html).toContain('<details class="chart__alt"><summary>Lo Shu grid as text</summary>');
    expect(html).toContain("Middle row: 3 missing, 5 missing, 7 once");
    // Theme colours go through classes (CSS variables, no inline style), SVG attributes keep their React spelling.
    expect(html).toContain('class="svg-stroke-success"');
    expect(html).not.toContain("style=");
    expect(html).toContain('stroke-width="7"');
    expect(html).not.toMatch(/strokeWidth|fill="var\(/);
  });

  it("wrap the wide timeline in a focusable, labelled scroll region", () => {
    const html = renderToStaticMarkup(createElement(LifeTimelineChart, { profile }));
    expect(html).toContain(
      '<div class="chart__scroll" role="region" aria-label="Life-cycle timeline (scrolls sideways)" tabindex="0">',
    );
    expect(html).toContain("You are here (42)");
    expect(renderToStaticMarkup(createElement(LifeTimelineChart, { profile, transits: false }))).not.toContain(
      'data-row="physical"',
    );
  });
});
