import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DailyView } from "~/components/daily-view";
import { formatLongDate } from "~/lib/dates/local-dates";
import { dailyPage } from "~/server/readings/daily-html.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${formatLongDate(data.date)} · Daily reading · NumerAI` : "Daily reading · NumerAI" },
];

export const loader = ({ request, params, context }: LoaderFunctionArgs) =>
  dailyPage(request, context, params.date ?? "");

export default function DailyForDate() {
  return <DailyView data={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = errorBoundary({ to: "/daily", label: "Back to today's reading" });
