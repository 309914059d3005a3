import { createElement, type CSSProperties, type ReactElement } from "react";
import type { AltSection, Chart, SvgElement } from "~/charts/svg-tree";

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** SVG attribute names as React spells them; colours that use CSS variables go into style, where every browser reads them. */
function reactProps(el: SvgElement, key: number): Record<string, unknown> {
  const props: Record<string, unknown> = { key };
  const style: CSSProperties = {};
  for (const [name, value] of Object.entries(el.attrs)) {
    if ((name === "fill" || name === "stroke") && String(value).startsWith("var(")) style[name] = String(value);
    else if (name === "class") props.className = value;
    else if (name.startsWith("data-") || name.startsWith("aria-")) props[name] = value;
    else props[camel(name)] = value;
  }
  if (Object.keys(style).length) props.style = style;
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
