import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CalculatorForm } from "~/components/calculator-form";
import { latestDateOnEarth } from "~/lib/dates/local-dates";
import { useOptionalUser } from "~/root";

export const meta: MetaFunction = () => [
  { title: "NumerAI — numerology that shows its working" },
  { property: "og:title", content: "NumerAI — numerology that shows its working" },
  {
    property: "og:description",
    content:
      "Your Life Path, Expression, Soul Urge and more from your birth name and date, with the arithmetic behind every number.",
  },
];

const FEATURES = [
  {
    title: "Every number, with its arithmetic",
    text: "Life Path, Expression, Soul Urge, Personality and twenty more, each with the sums that produced it, so you can check us by hand.",
  },
  {
    title: "Published conventions",
    text: "Pythagorean and Chaldean letter tables, master numbers kept where the classic texts keep them, and options where the schools disagree.",
  },
  {
    title: "A reading for each day",
    text: "Your Personal Day, Month and Year, worked out for midnight where you live, with a short note on how to use the day.",
  },
  {
    title: "Lo Shu grid and life cycles",
    text: "The grid of your birth date with its arrows, your driver and conductor numbers, pinnacles, challenges and transits.",
  },
];

export function loader() {
  return { maxDate: latestDateOnEarth() };
}

export default function Index() {
  const user = useOptionalUser();
  const { maxDate } = useLoaderData<typeof loader>();
  return (
    <div className="landing">
      <section className="hero">
        <h1>Numerology that shows its working</h1>
        <p className="lede">
          NumerAI reads your birth name and birth date the way the classic numerology texts do, explains what each
          number means for you, and shows every step of the arithmetic.
        </p>
        <div className="hero__actions">
          <Link to={user ? "/dashboard" : "/signup"} className="button">
            {user ? "Go to your dashboard" : "Create your free account"}
          </Link>
          <Link to="/calculator" className="button button--ghost">
            Try the calculator
          </Link>
        </div>
      </section>
      <section aria-labelledby="quick-calculator-heading" className="features">
        <h2 id="quick-calculator-heading">Try it now</h2>
        <p className="muted">No account needed: enter a birth name and date to see the full chart.</p>
        <CalculatorForm maxDate={maxDate} compact />
      </section>
      <section aria-labelledby="features-heading" className="features">
        <h2 id="features-heading">What you get</h2>
        <ul className="feature-grid">
          {FEATURES.map((feature) => (
            <li key={feature.title} className="card">
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
