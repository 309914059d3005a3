import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LEGAL_UPDATED } from "~/lib/text/legal";
import { GRACE_DAYS } from "~/server/accounts/account-lifecycle.server";
import { getEnv } from "~/server/config/env.server";

export const meta: MetaFunction = () => [
  { title: "Terms of use · NumerAI" },
  { name: "description", content: "The terms for using NumerAI." },
];

export async function loader() {
  return { contact: getEnv().CONTACT_EMAIL, graceDays: GRACE_DAYS };
}

export default function Terms() {
  const { contact, graceDays } = useLoaderData<typeof loader>();
  return (
    <article className="page narrow privacy-legal" aria-labelledby="terms-title">
      <p className="eyebrow">Last updated {LEGAL_UPDATED}</p>
      <h1 id="terms-title">Terms of use</h1>
      <p className="lede">
        The short version: use NumerAI for reflection and fun, keep your account to yourself, and respect other people's
        details.
      </p>

      <h2>What NumerAI is</h2>
      <p>
        NumerAI computes numerology numbers from names and birth dates using published conventions, and shows the
        arithmetic behind each one. Its readings are interpretation, not fact. They are not medical, financial, legal or
        psychological advice; don't make important decisions on them alone.
      </p>

      <h2>Your account</h2>
      <ul>
        <li>Give a real email address you can receive mail at, and keep your password to yourself.</li>
        <li>
          You are responsible for what happens under your account. If you see activity you don't recognise in your
          security log, change your password.
        </li>
        <li>You must be old enough to agree to these terms where you live (at least 16 in much of Europe).</li>
      </ul>

      <h2>Other people's details</h2>
      <p>
        When you add someone else's birth name and date, make sure they wouldn't mind. Only share a link to someone's
        reading if they would be happy for its recipient to see it.
      </p>

      <h2>Fair use</h2>
      <p>
        Don't try to break, overload or scrape the service, sign in to accounts that aren't yours, or use NumerAI to
        harass anyone. We may suspend accounts that do.
      </p>

      <h2>Your data</h2>
      <p>
        What you put in stays yours. How we handle it is in the <Link to="/privacy">privacy policy</Link>. You can
        download it or delete your account whenever you like; deletion becomes final after a {graceDays}-day grace
        period, or at once if you ask.
      </p>

      <h2>No warranty</h2>
      <p>
        We work to keep NumerAI correct and available, but provide it as it is, without guarantees. As far as the law
        allows, we aren't liable for losses from using it or from relying on its readings.
      </p>

      <h2>Changes</h2>
      <p>
        If these terms change in a way that matters, we'll say so on this page and update the date above. Questions:{" "}
        <a href={`mailto:${contact}`}>{contact}</a>.
      </p>
    </article>
  );
}
