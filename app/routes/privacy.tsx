import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LEGAL_UPDATED } from "~/lib/text/legal";
import { GRACE_DAYS } from "~/server/accounts/account-lifecycle.server";
import { getEnv } from "~/server/config/env.server";

export const meta: MetaFunction = () => [
  { title: "Privacy policy · NumerAI" },
  { name: "description", content: "What NumerAI stores about you, why, for how long, and who processes it." },
];

export async function loader() {
  const env = getEnv();
  return {
    contact: env.CONTACT_EMAIL,
    mailConfigured: Boolean(env.SMTP_URL),
    googleEnabled: env.googleEnabled,
    graceDays: GRACE_DAYS,
  };
}

export default function PrivacyPolicy() {
  const { contact, mailConfigured, googleEnabled, graceDays } = useLoaderData<typeof loader>();
  return (
    <article className="page narrow privacy-legal" aria-labelledby="privacy-title">
      <p className="eyebrow">Last updated {LEGAL_UPDATED}</p>
      <h1 id="privacy-title">Privacy policy</h1>
      <p className="lede">
        NumerAI reads numbers from names and birth dates, so you trust it with personal details about yourself and the
        people close to you. This page says plainly what we keep, why, for how long, and who else touches it.
      </p>

      <h2>What we store</h2>
      <ul>
        <li>
          <strong>Your account:</strong> your name, email address, a salted hash of your password (never the password
          itself), whether you confirmed your email, and your Google account id if you sign in with Google.
        </li>
        <li>
          <strong>Your birth profile:</strong> your full birth name, birth date and time zone.
        </li>
        <li>
          <strong>People you add:</strong> the birth names and birth dates of family, friends or anyone else whose
          numbers you look up. Please add people only when you may share their details.
        </li>
        <li>
          <strong>Your choices:</strong> numerology preferences (letter system and methods) and the share links you
          make.
        </li>
        <li>
          <strong>Sessions:</strong> for each browser you sign in with, when it signed in and was last active, its IP
          address and its browser name (user agent). The cookie holds only a random key; we store a hash of it.
        </li>
        <li>
          <strong>Security log:</strong> sign-ins and failed attempts, password changes and resets, email confirmation,
          Google linking, signed-out sessions, data downloads and deletion requests, each with its time, IP address and
          browser.
        </li>
        <li>
          <strong>Short-lived counters</strong> that slow down password guessing and abuse, keyed by email address or IP
          address. They reset within an hour.
        </li>
      </ul>
      <p>
        We don't use advertising or analytics trackers, and the only cookies we set are the ones that keep you signed in
        and make forms work.
      </p>

      <h2>Why</h2>
      <ul>
        <li>Your birth name and date are what numerology reads: without them there are no numbers to show.</li>
        <li>Your email lets you sign in, confirm it's you and reset your password.</li>
        <li>
          Sessions and the security log keep your account safe and let you see, and stop, anything you don't recognise.
        </li>
      </ul>

      <h2>How long we keep it</h2>
      <p>
        As long as you have an account. You can <Link to="/settings/privacy">download all of it</Link> at any time, and{" "}
        <Link to="/settings/delete-account">delete your account</Link>. Deleting signs you out everywhere and switches
        off your share links at once. The account is then erased for good after a {graceDays}-day grace period, in which
        you can restore it by logging in; or, if you choose, immediately. An automatic job erases every row that belongs
        to you. All we keep afterwards is a count of how many accounts were deleted each day, which says nothing about
        you. Copies in our backups disappear as the backups are replaced.
      </p>
      <p>
        Sessions end after 30 days without use, email links expire within 7 days, and password-reset links within an
        hour.
      </p>

      <h2>Who processes it</h2>
      <ul>
        <li>
          <strong>NumerAI itself</strong>, on the server that runs this site, where your numbers are computed and your
          data is stored.
        </li>
        <li>
          <strong>An email provider</strong>, when one is configured, receives your email address and the messages we
          send you (confirmation and password-reset links).{" "}
          {mailConfigured ? "This site sends email through one." : "This site currently has none: it sends no email."}
        </li>
        <li>
          <strong>Google</strong>, only if you choose to sign in with Google: Google then tells us your Google account
          id, name and email address, and knows that you signed in to NumerAI.{" "}
          {googleEnabled ? null : "Google sign-in is currently switched off on this site."}
        </li>
      </ul>
      <p>
        <strong>We never sell your data</strong>, rent it, or share it with advertisers or data brokers. We disclose it
        only if the law compels us to.
      </p>

      <h2>Your rights</h2>
      <p>
        You can see, correct (in <Link to="/settings/profile">your profile</Link>), download and delete your data
        yourself, without asking us. For anything else, or a question about this policy, write to{" "}
        <a href={`mailto:${contact}`}>{contact}</a>.
      </p>
      <p className="muted small">
        See also the <Link to="/terms">terms of use</Link>.
      </p>
    </article>
  );
}
