import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChartFigure } from "~/components/charts/svg-tree";
import { NumberGrid } from "~/components/number-card";
import { formatLongDate } from "~/lib/dates/local-dates";
import { invariantResponse } from "~/server/http/http.server";
import { findSharedSubject, SHARED_PAGE_CACHE, shareUrl } from "~/server/shares/share-links.server";
import { sharedProfile, sharedReportView } from "~/server/shares/shared-report.server";
import { errorBoundary } from "~/components/error-page";

const NOT_FOUND = "This share link doesn't exist or has been revoked.";

export async function loader({ params }: LoaderFunctionArgs) {
  const shared = await findSharedSubject(params.token ?? "");
  invariantResponse(shared, NOT_FOUND);
  const subject = await sharedProfile(shared);
  invariantResponse(subject, NOT_FOUND);
  const view = sharedReportView(subject.profile, subject, shared.link);
  const url = shareUrl(params.token ?? "");
  return { view, url, image: `${url}/og.png` };
}

export const headers: HeadersFunction = () => ({ "Cache-Control": SHARED_PAGE_CACHE });

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Not found · NumerAI" }];
  const { view, url, image } = data;
  const title = view.name ? `${view.name}'s numerology · NumerAI` : "Numerology numbers · NumerAI";
  const description = `Life Path ${view.lifePath.value}: ${view.lifePath.title}. ${view.summary}.`;
  return [
    { title },
    { name: "description", content: description },
    // A personal page: reachable by its link, never listed by search engines.
    { name: "robots", content: "noindex, nofollow" },
    { property: "og:type", content: "profile" },
    { property: "og:site_name", content: "NumerAI" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:image", content: image },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: `Core numbers: ${view.summary}` },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
    { name: "twitter:image", content: image },
  ];
};

export default function SharedReport() {
  const { view } = useLoaderData<typeof loader>();
  const section = (key: string) => view.sections.find((s) => s.key === key);
  const lifeCycles = ["pinnacles", "transits"].map(section).filter((s) => s !== undefined);
  const loShu = section("lo-shu");
  return (
    <div className="page">
      <p className="eyebrow">Shared from NumerAI</p>
      <h1>{view.name ? `${view.name}'s numbers` : "Numerology numbers"}</h1>
      {view.birthDate ? <p className="lede">Born {formatLongDate(view.birthDate)}</p> : null}
      {(["core", "more"] as const).map((key) => {
        const s = section(key);
        return s ? (
          <section key={key} aria-labelledby={`${key}-heading`}>
            <h2 id={`${key}-heading`}>{s.title}</h2>
            <NumberGrid items={s.items} />
          </section>
        ) : null;
      })}
      {view.timeline ? (
        <section aria-labelledby="life-cycles-heading">
          <h2 id="life-cycles-heading">Life cycles</h2>
          <ChartFigure chart={view.timeline} className="chart--timeline" scroll />
          {lifeCycles.map((s) => (
            <section key={s.key} aria-labelledby={`${s.key}-heading`}>
              <h3 id={`${s.key}-heading`}>{s.title}</h3>
              {s.intro ? <p className="muted">{s.intro}</p> : null}
              <NumberGrid items={s.items} level={4} />
            </section>
          ))}
        </section>
      ) : null}
      {view.loShu && loShu ? (
        <section aria-labelledby="lo-shu-heading">
          <h2 id="lo-shu-heading">{loShu.title}</h2>
          <p className="muted">{loShu.intro}</p>
          <ChartFigure chart={view.loShu} className="chart--lo-shu" />
          <NumberGrid items={loShu.items} />
        </section>
      ) : null}
      <aside className="card" aria-labelledby="own-heading">
        <h2 id="own-heading">Your own numbers</h2>
        <p>
          NumerAI works out your numerology from your birth name and date, and shows the arithmetic behind every number.
        </p>
        <Link className="button" to="/signup">
          Get your report
        </Link>
      </aside>
    </div>
  );
}

export const ErrorBoundary = errorBoundary({ to: "/", label: "Go to the home page" });
