/** What server.ts hands every loader and action; tests build the same shape. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    nonce: string;
    requestId: string;
    /** The client's address as the server saw it (proxy-aware when TRUST_PROXY is on). */
    ip: string | null;
    /** HTML a loader rendered for a <ServerHtml id> block of its page, by id (server-html.tsx). */
    serverHtml: Map<string, string>;
  }
}

export {};
