import { data, type AppLoadContext } from "@remix-run/node";
import { DAILY_CARDS_ID, DailyCards } from "~/components/daily-view";
import { requireDocumentRequest } from "~/server/http/data-request.server";
import { loadDaily, type DailyPageData } from "./daily.server";
import { renderServerHtml } from "./report-html.server";

/**
 * The loader of /daily and /daily/YYYY-MM-DD: the day's cards are text only, so they go out as server
 * HTML once, not as loader data the page would also render from; a client navigation loads the page as a
 * document (like the report pages).
 */
export async function dailyPage(request: Request, context: AppLoadContext, dateParam: string | undefined) {
  requireDocumentRequest(request);
  const { cycles, ...daily } = await loadDaily(request, dateParam);
  if (cycles.length) renderServerHtml(context, DAILY_CARDS_ID, cycles, (items) => <DailyCards cycles={items} />);
  const page: DailyPageData = { ...daily, hasCards: cycles.length > 0 };
  return data(page, { status: daily.problem ? 400 : 200 });
}
