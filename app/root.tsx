import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "./components/site-chrome";
import { FlashToast } from "./components/flash-toast";
import { VerifyEmailBanner } from "./components/verify-email-banner";
import { PaymentProblemBanner } from "./components/billing/payment-banner";
import { useNonce } from "./components/nonce";
import { hasPaymentProblem } from "./server/billing/subscription-state.server";
import { readFlash } from "./server/session/flash.server";
import { unreadCount } from "./server/notifications/centre.server";
import { getCurrentSession } from "./server/session/session.server";
import stylesheet from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "manifest", href: "/manifest.webmanifest" },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/icons/icon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/icons/apple-touch-icon.png" },
];

export const meta: MetaFunction = () => [{ title: "NumerAI — numerology that shows its working" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [current, { flash, clear }] = await Promise.all([getCurrentSession(request), readFlash(request)]);
  const user = current
    ? {
        name: current.user.name,
        email: current.user.email,
        verified: current.user.email_verified_at !== null,
        unread: await unreadCount(current.user.id),
        paymentProblem: await hasPaymentProblem(current.user.id),
      }
    : null;
  return data({ user, flash }, { headers: clear ? { "Set-Cookie": clear } : undefined });
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useOptionalUser() {
  return useRouteLoaderData<typeof loader>("root")?.user ?? null;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#5b3cc4" />
        <meta
          name="description"
          content="NumerAI computes your numerology numbers from your birth name and date, and shows the arithmetic behind every one."
        />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const loaderData = useRouteLoaderData<typeof loader>("root");
  const user = loaderData?.user ?? null;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader user={user} />
      {user && !user.verified ? <VerifyEmailBanner email={user.email} /> : null}
      {user?.paymentProblem ? <PaymentProblemBanner /> : null}
      <FlashToast flash={loaderData?.flash ?? null} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A request we refused (malformed, too large, wrong method) says why in a short text body.
  const reason = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  const title =
    status === 404
      ? "We couldn't find that page"
      : status === 403
        ? "That isn't yours to see"
        : status < 500
          ? "That request couldn't be handled"
          : "Something went wrong";
  const detail =
    status === 404
      ? "The link may be old, or the page may have moved."
      : status === 403
        ? "You don't have access to this page."
        : status < 500
          ? (reason ?? "Please go back and try again.")
          : "We've logged the problem. Please try again in a moment.";
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="page narrow">
        <h1>{title}</h1>
        <p>{detail}</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
