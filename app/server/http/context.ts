/** What server.ts hands every loader and action; tests build the same shape. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    nonce: string;
    requestId: string;
    /** True when server.ts made the request id (false when it came from X-Request-Id): only then are pages kept (render-cache.server.ts). */
    ownRequestId?: boolean;
    /** The client's address as the server saw it (proxy-aware when TRUST_PROXY is on). */
    ip: string | null;
    /**
     * HTML a loader rendered for a <ServerHtml id> block of its page, by id (server-html.tsx), with the key
     * it is kept under: the same key is the same HTML (render-cache.server.ts keys pages by it).
     */
    serverHtml: Map<string, { html: string; key: string }>;
  }
}

export {};
