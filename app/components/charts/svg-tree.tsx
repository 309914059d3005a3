import { createElement, type ReactElement } from "react";
import type { AltSection, Chart, SvgElement } from "~/charts/svg-tree";

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const themeColour = /^var\(--([\w-]+)\)$/;

/**
 * SVG attribute names as React spells them. Colours that use CSS variables become classes
 * (`svg-fill-muted` → `fill: var(--muted)` in app.css): every browser reads variables in CSS, and the
 * Content-Security-Policy allows no inline styles.
 */
function reactProps(el: SvgElement, key: number): Record<string, unknown> {
  const props: Record<string, unknown> = { key };
  const classes: string[] = [];
  for (const [name, value] of Object.entries(el.attrs)) {
    const variable = (name === "fill" || name === "stroke") && themeColour.exec(String(value))?.[1];
    if (variable) classes.push(`svg-${name}-${variable}`);
    else if (name === "class") classes.unshift(String(value));
    else if (name.startsWith("data-") || name.startsWith("aria-")) props[name] = value;
    else props[camel(name)] = value;
  }
  if (classes.length) props.className = classes.join(" ");
  return props;
}

function toReact(el: SvgElement, key = 0): ReactElement {
  const children = el.text ?? el.children?.map((child, i) => toReact(child, i));
  return createElement(el.tag, reactProps(el, key), children);
}

/** A chart drawn inline (server-rendered, no script needed) with its text alternative in a disclosure. */
export function ChartFigure({ chart, className, scroll }: { chart: Chart; className: string; scroll?: boolean }) {
  const svg = toReact(chart.svg);
  return (
    <figure className={`chart ${className}`}>
      {scroll ? (
        // A wide chart scrolls sideways on a phone; the region is focusable so keyboards can scroll it too.
        <div className="chart__scroll" role="region" aria-label={`${chart.title} (scrolls sideways)`} tabIndex={0}>
          {svg}
        </div>
      ) : (
        svg
      )}
      <details className="chart__alt">
        <summary>{chart.title} as text</summary>
        <AltList sections={chart.alt} />
      </details>
    </figure>
  );
}

function AltList({ sections }: { sections: AltSection[] }) {
  return (
    <div className="chart__alt-body">
      {sections.map((section) => (
        <div key={section.heading}>
          <p className="chart__alt-heading">{section.heading}</p>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
