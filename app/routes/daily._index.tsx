import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DailyView } from "~/components/daily-view";
import { dailyPage } from "~/server/readings/daily-html.server";
import { errorBoundary } from "~/components/error-page";

export const meta: MetaFunction = () => [{ title: "Today's reading · NumerAI" }];

export const loader = ({ request, context }: LoaderFunctionArgs) => dailyPage(request, context, undefined);

export default function DailyToday() {
  return <DailyView data={useLoaderData<typeof loader>()} />;
}

export const ErrorBoundary = errorBoundary({ to: "/daily", label: "Back to today's reading" });
