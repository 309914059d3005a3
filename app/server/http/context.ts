/** What server.ts hands every loader and action; tests build the same shape. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    nonce: string;
    requestId: string;
    /** The client's address as the server saw it (proxy-aware when TRUST_PROXY is on). */
    ip: string | null;
  }
}

export {};
