import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CalculatorForm } from "~/components/calculator-form";
import { ReportSections } from "~/components/report-sections";
import { formatLongDate, latestDateOnEarth } from "~/lib/dates/local-dates";
import { runCalculator } from "~/server/readings/calculator.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const name = data?.report?.birthName;
  const title = name ? `${name}: numerology chart · NumerAI` : "Numerology calculator · NumerAI";
  return [{ title }, { name: "robots", content: name ? "noindex" : "index" }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const outcome = runCalculator(params);
  return data(
    { ...outcome, maxDate: latestDateOnEarth(), defaults: Object.fromEntries(params) },
    { status: outcome.status },
  );
}

export default function Calculator() {
  const { result, report, maxDate, defaults } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Numerology calculator</h1>
      <p className="lede">
        Your birth name and birth date are all it takes. Open any number to see the arithmetic behind it.
      </p>
      <CalculatorForm key={JSON.stringify(defaults)} maxDate={maxDate} lastResult={result} defaults={defaults} />
      {report ? (
        <>
          <div className="rd-result-head">
            <h2>Chart for {report.birthName}</h2>
            <p className="muted">
              Born {formatLongDate(report.birthDate)} · {report.system === "chaldean" ? "Chaldean" : "Pythagorean"}{" "}
              letters · cycles for {formatLongDate(report.today!)}
            </p>
          </div>
          <p className="small muted">This page&apos;s address is the chart: bookmark it or share it.</p>
          <ReportSections report={report} />
        </>
      ) : null}
    </div>
  );
}
