import type { ReactNode } from "react";
import { LO_SHU_LAYOUT, reportSection, type LoShuFacts, type Report, type ReportSection } from "~/lib/report";
import { NumberGrid } from "./number-card";

/** Where the SVG charts go (the grid and the life timeline); each section also carries the same facts as text. */
export interface ReportCharts {
  loShu?: ReactNode;
  lifeCycles?: ReactNode;
}

const CONTENTS = [
  ["core", "Core numbers"],
  ["more", "More numbers"],
  ["life-cycles", "Life cycles"],
  ["lo-shu", "Lo Shu grid"],
  ["remedies", "Remedies"],
] as const;

/** The whole report, in the model's order: core, more, life cycles, Lo Shu, remedies. */
export function ReportSections({ report, charts = {} }: { report: Report; charts?: ReportCharts }) {
  const section = (key: ReportSection["key"]) => reportSection(report, key);
  const lifeCycles = (["cycles", "pinnacles", "transits"] as const)
    .map(section)
    .filter((s): s is ReportSection => Boolean(s));
  return (
    <div className="rd-report">
      <nav aria-label="Report contents" className="rd-contents">
        <ul>
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <TopSection section={section("core")} />
      <TopSection section={section("more")} />
      <section id="life-cycles" aria-labelledby="life-cycles-heading" className="rd-section">
        <h2 id="life-cycles-heading">Life cycles</h2>
        {report.age !== null ? <p className="lede">Age {report.age} today.</p> : null}
        {charts.lifeCycles}
        {lifeCycles.map((s) => (
          <section key={s.key} id={s.key} aria-labelledby={`${s.key}-heading`} className="rd-subsection">
            <h3 id={`${s.key}-heading`}>{s.title}</h3>
            {s.intro ? <p className="muted">{s.intro}</p> : null}
            <NumberGrid items={s.items} level={4} />
          </section>
        ))}
      </section>
      <LoShuSection section={section("lo-shu")} facts={report.loShu} chart={charts.loShu} />
      <TopSection section={section("remedies")} note={report.remediesDisclaimer} />
    </div>
  );
}

function TopSection({ section, note }: { section: ReportSection | undefined; note?: string }) {
  if (!section) return null;
  return (
    <section id={section.key} aria-labelledby={`${section.key}-heading`} className="rd-section">
      <h2 id={`${section.key}-heading`}>{section.title}</h2>
      {section.intro ? <p className="muted">{section.intro}</p> : null}
      {note ? <p className="muted small">{note}</p> : null}
      <NumberGrid items={section.items} />
    </section>
  );
}

/** The Lo Shu facts as text: the square as a table, then arrows, missing and repeating digits, driver, conductor, Kua. */
function LoShuSection({
  section,
  facts,
  chart,
}: {
  section: ReportSection | undefined;
  facts: LoShuFacts;
  chart?: ReactNode;
}) {
  const cell = new Map(facts.cells.map((c) => [c.digit, c]));
  return (
    <section id="lo-shu" aria-labelledby="lo-shu-heading" className="rd-section">
      <h2 id="lo-shu-heading">{facts.title}</h2>
      <p className="muted">{facts.intro}</p>
      {chart}
      <div className="rd-loshu">
        <table className="rd-loshu__table">
          <caption>Digits of the birth date in the Lo Shu square</caption>
          <tbody>
            {LO_SHU_LAYOUT.map((row) => (
              <tr key={row.join("")}>
                {row.map((digit) => {
                  const c = cell.get(digit)!;
                  return (
                    <td key={digit} className={c.count === 0 ? "rd-loshu__missing" : undefined}>
                      {c.count === 0 ? (
                        <>
                          <span aria-hidden="true">·</span>
                          <span className="rd-visually-hidden">{digit} missing</span>
                        </>
                      ) : (
                        String(digit).repeat(c.count)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="rd-loshu__cells">
          {facts.cells
            .filter((c) => c.count > 0)
            .sort((a, b) => a.digit - b.digit)
            .map((c) => (
              <li key={c.digit}>
                <strong>
                  {c.digit} × {c.count}
                </strong>{" "}
                ({c.theme}): {c.text}
              </li>
            ))}
        </ul>
      </div>

      <h3>Arrows</h3>
      <p className="muted">{facts.arrowsIntro}</p>
      {facts.arrows.length ? (
        <ul className="rd-plain-list">
          {facts.arrows.map((a) => (
            <li key={a.key}>
              <strong>{a.title}</strong>{" "}
              <span className="badge">{a.kind === "strength" ? "Strength" : "Weakness"}</span>
              <br />
              {a.paragraph}
            </li>
          ))}
        </ul>
      ) : (
        <p>No full or empty line in this grid.</p>
      )}

      <h3>Missing numbers</h3>
      <p className="muted">{facts.missingIntro}</p>
      {facts.missing.length ? (
        <ul className="rd-plain-list">
          {facts.missing.map((m) => (
            <li key={m.digit}>
              <strong>Missing {m.digit}</strong> ({m.direction}, {m.element}): {m.meaning}
              <ul>
                {m.remedies.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <em>{m.affirmation}</em>
            </li>
          ))}
        </ul>
      ) : (
        <p>Every digit from 1 to 9 is present.</p>
      )}

      <h3>Repeating numbers</h3>
      <p className="muted">{facts.repeatingIntro}</p>
      {facts.repeating.length ? (
        <ul className="rd-plain-list">
          {facts.repeating.map((c) => (
            <li key={c.digit}>
              <strong>
                {c.digit} × {c.count}
              </strong>
              : {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>No digit repeats.</p>
      )}

      <details className="rd-math">
        <summary>Show the math</summary>
        <ol>
          {facts.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </details>
      {section ? <NumberGrid items={section.items} /> : null}
    </section>
  );
}
