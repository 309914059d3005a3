import { createContext, useContext } from "react";

/** The block a report body (report-html.server.tsx) goes in. */
export const REPORT_BODY_ID = "report-body";

const ServerHtmlContext = createContext<ReadonlyMap<string, { html: string }>>(new Map());

/** entry.server hands the page the HTML its loader rendered (context.serverHtml). */
export const ServerHtmlProvider = ServerHtmlContext.Provider;

/**
 * A block that exists only as HTML from the server (a report body): no loader data carries it and no
 * JavaScript renders it. Hydration keeps what the server sent (React leaves dangerouslySetInnerHTML alone
 * when hydrating); the page's loader makes client navigations load the page as a document.
 */
export function ServerHtml({ id }: { id: string }) {
  const html = useContext(ServerHtmlContext).get(id)?.html ?? "";
  return <div id={id} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
