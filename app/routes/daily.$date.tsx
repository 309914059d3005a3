import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DailyView } from "~/components/daily-view";
import { formatLongDate } from "~/lib/dates/local-dates";
import { loadDaily } from "~/server/readings/daily.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${formatLongDate(data.date)} · Daily reading · NumerAI` : "Daily reading · NumerAI" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const daily = await loadDaily(request, params.date ?? "");
  return data(daily, { status: daily.problem ? 400 : 200 });
}

export default function DailyForDate() {
  return <DailyView data={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = errorBoundary({ to: "/daily", label: "Back to today's reading" });
