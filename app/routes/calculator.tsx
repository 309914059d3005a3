import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CalculatorForm } from "~/components/calculator-form";
import { REPORT_BODY_ID, ServerHtml } from "~/components/server-html";
import { formatLongDate, latestDateOnEarth } from "~/lib/dates/local-dates";
import { requireDocumentRequest } from "~/server/http/data-request.server";
import { runCalculator } from "~/server/readings/calculator.server";
import { renderReportBody } from "~/server/readings/report-html.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const name = data?.chart?.birthName;
  const title = name ? `${name}: numerology chart · NumerAI` : "Numerology calculator · NumerAI";
  return [{ title }, { name: "robots", content: name ? "noindex" : "index" }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // The empty form and its errors are light; a chart is a server-rendered page of its own.
  if (params.has("birthName") || params.has("birthDate")) requireDocumentRequest(request);
  const { status, result, profile } = runCalculator(params);
  // Public: the chart is a function of the query alone, so it is kept under no owner.
  if (profile) renderReportBody(context, "", profile, { charts: false });
  const chart = profile && {
    birthName: profile.input.birthName,
    birthDate: profile.input.birthDate,
    system: profile.input.options.system,
    today: profile.input.today!,
  };
  return data(
    { status, result, chart, maxDate: latestDateOnEarth(), defaults: Object.fromEntries(params) },
    { status },
  );
}

export default function Calculator() {
  const { result, chart, maxDate, defaults } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>Numerology calculator</h1>
      <p className="lede">
        Your birth name and birth date are all it takes. Open any number to see the arithmetic behind it.
      </p>
      <CalculatorForm key={JSON.stringify(defaults)} maxDate={maxDate} lastResult={result} defaults={defaults} />
      {chart ? (
        <>
          <div className="rd-result-head">
            <h2>Chart for {chart.birthName}</h2>
            <p className="muted">
              Born {formatLongDate(chart.birthDate)} · {chart.system === "chaldean" ? "Chaldean" : "Pythagorean"}{" "}
              letters · cycles for {formatLongDate(chart.today)}
            </p>
          </div>
          <p className="small muted">This page&apos;s address is the chart: bookmark it or share it.</p>
          <ServerHtml id={REPORT_BODY_ID} />
        </>
      ) : null}
    </div>
  );
}
