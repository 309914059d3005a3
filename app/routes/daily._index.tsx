import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DailyView } from "~/components/daily-view";
import { loadDaily } from "~/server/readings/daily.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Today's reading · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const daily = await loadDaily(request, undefined);
  return data(daily, { status: daily.problem ? 400 : 200 });
}

export default function DailyToday() {
  return <DailyView data={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = errorBoundary({ to: "/daily", label: "Back to today's reading" });
