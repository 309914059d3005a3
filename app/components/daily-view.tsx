import { Form, Link } from "@remix-run/react";
import { formatLongDate } from "~/lib/dates/local-dates";
import type { ReportItem } from "~/lib/report";
import type { DailyPageData } from "~/server/readings/daily.server";
import { NumberCard } from "./number-card";
import { PersonSelect } from "./person-select";
import { ServerHtml } from "./server-html";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The block the day's number cards go in, as server-only HTML (text only: loader data would carry it twice). */
export const DAILY_CARDS_ID = "daily-cards";

/**
 * /daily and /daily/YYYY-MM-DD: the day's reading, yesterday/tomorrow, and the month's Personal Days. Its
 * links and form load documents: the cards come only with a document (dailyPage).
 */
export function DailyView({ data }: { data: DailyPageData }) {
  const { date, today, subject, choices, query, prev, next, hasCards, calendar, problem } = data;
  const href = (d: string) => `/daily/${d}${query}`;
  const cells: Array<{ date: string; personalDay: number } | null> = [
    ...Array(calendar.offset).fill(null),
    ...calendar.days,
  ];
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <div className="page">
      <p className="eyebrow">{subject.key === "me" ? "Your daily reading" : `Daily reading for ${subject.name}`}</p>
      <h1>{formatLongDate(date)}</h1>
      <nav aria-label="Days" className="rd-day-nav">
        <Link reloadDocument to={href(prev)} rel="prev">
          ← Previous day<span className="rd-visually-hidden">, {formatLongDate(prev)}</span>
        </Link>
        {date !== today ? (
          <Link reloadDocument to={`/daily${query}`}>
            Today
          </Link>
        ) : (
          <span className="muted">Today</span>
        )}
        <Link reloadDocument to={href(next)} rel="next">
          Next day<span className="rd-visually-hidden">, {formatLongDate(next)}</span> →
        </Link>
      </nav>
      {choices.length > 1 ? (
        <Form method="get" action={`/daily/${date}`} className="rd-form mt-12" reloadDocument>
          <PersonSelect
            id="daily-person"
            name="person"
            label="Whose reading"
            defaultValue={subject.key}
            choices={choices}
            key={subject.key}
          />
          <button type="submit" className="button button--ghost">
            Show
          </button>
        </Form>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {hasCards ? <ServerHtml id={DAILY_CARDS_ID} /> : null}
      {calendar.days.length ? (
        <section aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">Personal Days in {calendar.label}</h2>
          <nav aria-label="Months" className="rd-day-nav mb-8">
            <Link reloadDocument to={href(calendar.prevMonth)}>
              ← Previous month
            </Link>
            <Link reloadDocument to={href(calendar.nextMonth)}>
              Next month →
            </Link>
          </nav>
          <table className="rd-calendar">
            <caption className="rd-visually-hidden">Each day of {calendar.label} with its Personal Day number</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, i) => (
                <tr key={i}>
                  {week.map((cell, j) =>
                    cell ? (
                      <td
                        key={cell.date}
                        aria-current={cell.date === today ? "date" : undefined}
                        className={cell.date === date ? "rd-calendar__selected" : undefined}
                      >
                        <Link
                          reloadDocument
                          to={href(cell.date)}
                          aria-label={`${formatLongDate(cell.date)}: Personal Day ${cell.personalDay}`}
                        >
                          <span className="rd-calendar__day">{Number(cell.date.slice(8))}</span>
                          <span className="rd-calendar__pd">{cell.personalDay}</span>
                        </Link>
                      </td>
                    ) : (
                      <td key={`blank-${j}`} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}

/** The Personal Day's card, then the month's, the year's and the world's. */
export function DailyCards({ cycles }: { cycles: readonly ReportItem[] }) {
  const day = cycles.find((i) => i.key === "personalDay");
  const rest = cycles.filter((i) => i.key !== "personalDay");
  return (
    <>
      {day ? (
        <section aria-labelledby="day-heading" className="mt-16">
          <h2 id="day-heading" className="rd-visually-hidden">
            The day
          </h2>
          <NumberCard item={day} />
        </section>
      ) : null}
      {rest.length ? (
        <section aria-labelledby="cycles-heading">
          <h2 id="cycles-heading">The month, the year and the world</h2>
          <div className="rd-grid">
            {rest.map((item) => (
              <NumberCard key={item.key} item={item} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
