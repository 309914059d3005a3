import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Stripe from "stripe";
import { callApi } from "./api";
import { decodeStripeForm } from "./form";
import { checkoutPage, invoicePage, portalPage } from "./pages";
import { ApiError, newId, now, StripeState, type Obj } from "./state";

/**
 * A local stand-in for Stripe: the REST API the `stripe` package calls, the hosted Checkout and Billing
 * Portal pages, and signed webhooks to the app. State lives in memory. Tests (and `npm run stripe:local`)
 * can also decline the next payment, move a subscription to its next period, or make it past due.
 */

export interface StripeLocalOptions {
  port?: number;
  /** Where events are POSTed; null keeps them in `events` only (tests then deliver them by hand). */
  webhookUrl?: string | null;
  webhookSecret: string;
}

export interface Delivery {
  event: string;
  type: string;
  status: number;
}

const signer = new Stripe("sk_test_local_signer");

export class StripeLocal {
  readonly state: StripeState;
  /** Every event, as created (each carries a snapshot of its object at that moment). */
  readonly events: Obj[] = [];
  readonly deliveries: Delivery[] = [];
  webhookUrl: string | null;
  private queue: Promise<void> = Promise.resolve();
  private readonly idempotent = new Map<string, { status: number; body: string }>();

  constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly secret: string,
    webhookUrl: string | null,
  ) {
    this.webhookUrl = webhookUrl;
    this.state = new StripeState(url, (type, object) => this.emit(type, object));
  }

  private emit(type: string, object: Obj) {
    const event = {
      id: newId("evt"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object) },
    };
    this.events.push(event);
    if (this.webhookUrl) this.queue = this.queue.then(() => this.deliverWithRetries(event));
  }

  /** Signs and POSTs one event, as Stripe does; returns the app's status (0 when unreachable). */
  async send(event: Obj, url = this.webhookUrl!): Promise<number> {
    const payload = JSON.stringify(event);
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: this.secret });
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Stripe-Signature": signature,
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
      });
      await response.text();
      this.deliveries.push({ event: event.id, type: event.type, status: response.status });
      return response.status;
    } catch {
      this.deliveries.push({ event: event.id, type: event.type, status: 0 });
      return 0;
    }
  }

  private async deliverWithRetries(event: Obj) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const status = await this.send(event);
      if (status >= 200 && status < 300) return;
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }

  /** Resolves when every event so far has been delivered (or given up on). */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  async stop() {
    await this.idle();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const body = await new Promise<string>((resolve) => {
      let text = "";
      req.on("data", (c: Buffer) => (text += c.toString("utf8")));
      req.on("end", () => resolve(text));
    });
    try {
      if (url.pathname.startsWith("/v1/")) return this.api(req, res, method, url, body);
      return this.pages(res, method, url.pathname);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 500;
      const code = error instanceof ApiError ? error.code : "api_error";
      json(res, status, {
        error: {
          type: status === 500 ? "api_error" : "invalid_request_error",
          code,
          message: (error as Error).message,
        },
      });
    }
  }

  private api(req: IncomingMessage, res: ServerResponse, method: string, url: URL, body: string) {
    if (!/^Bearer sk_/.test(req.headers.authorization ?? "")) {
      return json(res, 401, { error: { type: "invalid_request_error", message: "Invalid API Key provided." } });
    }
    const key = req.headers["idempotency-key"];
    const remembered = method === "POST" && typeof key === "string" ? this.idempotent.get(key) : undefined;
    if (remembered) return send(res, remembered.status, "application/json", remembered.body);
    const params = decodeStripeForm(
      method === "GET" || method === "DELETE" ? url.searchParams : new URLSearchParams(body),
    );
    const answer = JSON.stringify(callApi(this.state, method, url.pathname, params));
    if (method === "POST" && typeof key === "string") this.idempotent.set(key, { status: 200, body: answer });
    send(res, 200, "application/json", answer);
  }

  private pages(res: ServerResponse, method: string, path: string) {
    const s = this.state;
    const [, area, id, action] = path.split("/");
    if (area === "checkout" && method === "GET") {
      const session = s.get(s.sessions, id, "checkout session");
      return html(res, checkoutPage(session, s.get(s.prices, session.line_items[0].price, "price")));
    }
    if (area === "checkout" && method === "POST" && action === "pay") return redirect(res, s.payCheckout(id));
    if (area === "portal" && method === "GET")
      return html(res, portalPage(s.get(s.portalSessions, id, "portal session")));
    if (area === "portal" && method === "POST" && action === "payment-method") {
      const session = s.get(s.portalSessions, id, "portal session");
      s.retryOpenInvoices(session.customer);
      return redirect(res, session.return_url);
    }
    if (area === "invoices" && method === "GET") return html(res, invoicePage(s.get(s.invoices, id, "invoice")));
    if (area === "_local" && method === "POST") return json(res, 200, this.control(id, action, path.split("/")[4]));
    throw new ApiError(404, `Nothing at ${method} ${path}`);
  }

  /** Test controls: POST /_local/fail-next-payment, /_local/subscriptions/:id/advance, …/past-due. */
  private control(what: string, id: string | undefined, action: string | undefined): Obj {
    if (what === "fail-next-payment") {
      this.state.failNextPayment = true;
      return { ok: true };
    }
    if (what === "subscriptions" && id && action === "advance") return this.state.advance(id);
    if (what === "subscriptions" && id && action === "past-due") {
      this.state.failNextPayment = true;
      return this.state.advance(id);
    }
    throw new ApiError(404, `No control ${what}`);
  }
}

const send = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { "Content-Type": type, "Request-Id": newId("req") });
  res.end(body);
};
const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, "application/json", JSON.stringify(body));
const html = (res: ServerResponse, body: string) => send(res, 200, "text/html; charset=utf-8", body);
const redirect = (res: ServerResponse, location: string) => {
  res.writeHead(303, { Location: location });
  res.end();
};

export async function startStripeLocal(options: StripeLocalOptions): Promise<StripeLocal> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const local = new StripeLocal(server, `http://127.0.0.1:${port}`, options.webhookSecret, options.webhookUrl ?? null);
  server.on("request", (req, res) => void local.handle(req, res));
  return local;
}
