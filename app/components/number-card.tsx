import { reportItemAnchor } from "~/lib/report/links";
import type { ReportItem } from "~/lib/report";

type HeadingLevel = 3 | 4;

/** "19/1" when the total reduced, "7" otherwise; letters and "None" as they are. */
export function numberText(value: number | string, compound: number | null): string {
  return typeof value === "number" && compound !== null && compound !== value ? `${compound}/${value}` : String(value);
}

/** One number of a report: value, meaning, strengths and challenges, and its arithmetic behind a <details>. */
export function NumberCard({ item, level = 3 }: { item: ReportItem; level?: HeadingLevel }) {
  const Heading = `h${level}` as const;
  const headingId = reportItemAnchor(item.key);
  const { meaning, listLabels } = item;
  return (
    <article
      className={`card rd-card${item.period?.current ? " rd-card--current" : ""}`}
      aria-labelledby={headingId}
      data-key={item.key}
    >
      <Heading id={headingId} className="rd-card__heading">
        <span className="rd-card__label">{item.label}</span>{" "}
        <span className="rd-card__value">{numberText(item.value, item.compound)}</span>
      </Heading>
      {item.period?.current ? <p className="badge rd-card__now">You are here</p> : null}
      <p className="rd-card__title">{meaning.title}</p>
      <p>{meaning.paragraph}</p>
      {meaning.keywords.length ? (
        <ul className="rd-keywords" aria-label="Keywords">
          {meaning.keywords.map((k) => (
            <li key={k} className="badge">
              {k}
            </li>
          ))}
        </ul>
      ) : null}
      {item.facts.length ? (
        <dl className="rd-facts">
          {item.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {meaning.strengths.length || meaning.challenges.length ? (
        <div className="rd-lists">
          <TextList title={listLabels.strengths} items={meaning.strengths} />
          <TextList title={listLabels.challenges} items={meaning.challenges} />
        </div>
      ) : null}
      {item.steps.length ? (
        <details className="rd-math">
          <summary>Show the math</summary>
          <ol>
            {item.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <p className="muted small rd-card__about">{item.about}</p>
    </article>
  );
}

function TextList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <p className="rd-lists__title">{title}</p>
      <ul>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  );
}

export function NumberGrid({ items, level = 3 }: { items: ReportItem[]; level?: HeadingLevel }) {
  return (
    <div className="rd-grid">
      {items.map((item) => (
        <NumberCard key={item.key} item={item} level={level} />
      ))}
    </div>
  );
}
