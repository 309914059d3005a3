import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorMessage } from "./components/error-page";
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

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [current, { flash, clear }] = await Promise.all([getCurrentSession(request), readFlash(request)]);
  // Every page asks both: side by side, so a remote LibSQL pays one round trip, not two.
  const [unread, paymentProblem] = current
    ? await Promise.all([unreadCount(current.user.id), hasPaymentProblem(current.user.id)])
    : [0, false];
  const user = current
    ? {
        name: current.user.name,
        email: current.user.email,
        verified: current.user.email_verified_at !== null,
        unread,
        paymentProblem,
      }
    : null;
  // requestId: the id this request's log lines carry, shown on error pages as the reference to quote.
  return data({ user, flash, requestId: context.requestId }, { headers: clear ? { "Set-Cookie": clear } : undefined });
}

/** The root's data belongs to each request (who is signed in, the flash, the request id): reload it on every navigation. */
export const shouldRevalidate = () => true;

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

/** Errors no route group caught: the same message, inside the site's frame (signed-in header from the root's data). */
export function ErrorBoundary() {
  const user = useRouteLoaderData<typeof loader>("root")?.user ?? null;
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="page narrow" tabIndex={-1}>
        <ErrorMessage
          back={user ? { to: "/dashboard", label: "Go to your dashboard" } : { to: "/", label: "Go to the home page" }}
        />
      </main>
      <SiteFooter />
    </>
  );
}
