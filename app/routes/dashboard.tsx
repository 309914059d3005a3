import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { dateInTimeZone, formatLongDate } from "~/lib/dates";
import { requireOnboardedUser } from "~/server/session.server";

export const meta: MetaFunction = () => [{ title: "Dashboard · NumerAI" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOnboardedUser(request);
  const today = dateInTimeZone(user.timezone!);
  return { name: user.name, birthName: user.birth_name!, birthDate: user.birth_date!, today };
}

export default function Dashboard() {
  const { name, birthName, birthDate, today } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">{formatLongDate(today)}</p>
      <h1>Hello, {name}</h1>
      <p className="lede">
        Your chart is read from <strong>{birthName}</strong>, born {formatLongDate(birthDate)}.
      </p>
    </div>
  );
}
