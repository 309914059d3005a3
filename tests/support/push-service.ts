import { execFileSync } from "node:child_process";
import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { decrypt } from "http_ece";

/**
 * A local web-push service (RFC 8030 + RFC 8291 + RFC 8292) over HTTPS with a certificate made here
 * (openssl, EC P-256, subjectAltName IP:127.0.0.1). For each subscription it made, it decrypts the
 * aes128gcm body with the subscription's private keys and checks the VAPID JWT (ES256 signature by `k`,
 * audience, expiry within 24 h, subject). A message with the Topic of one still held replaces it, as
 * push services do. Answers 201, or whatever status was asked for the endpoint.
 */

export interface ReceivedPush {
  endpoint: string;
  topic: string | null;
  ttl: string | null;
  urgency: string | null;
  /** The VAPID public key (`k`) that signed the request. */
  vapidKey: string;
  subject: string;
  payload: unknown;
}

export interface PushSubscriptionKeys {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

interface Device {
  ecdh: ECDH;
  auth: string;
  /** A status (and headers) to answer instead of 201, e.g. 410 or 429 with Retry-After. */
  answer?: { status: number; headers?: Record<string, string> };
  /** Called when a message arrives, before the answer is sent (a test may kill its sender then). */
  onReceive?: () => void;
}

/** A self-signed certificate for 127.0.0.1 in `dir` (made once; reused by every service started on it). */
export function makeCertificate(dir: string) {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  if (!existsSync(cert))
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
  return { key: readFileSync(key), cert: readFileSync(cert), certFile: cert };
}

const b64url = (buffer: Buffer) => buffer.toString("base64url");

function checkVapid(header: string | undefined, endpoint: URL): { vapidKey: string; subject: string } {
  const match = /^vapid t=([^,\s]+),\s*k=([\w-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`no VAPID authorization: ${header}`);
  const [, jwt, k] = match;
  const [head, body, signature] = jwt.split(".");
  const point = Buffer.from(k, "base64url");
  const key = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) },
    format: "jwk",
  });
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!signed) throw new Error("VAPID signature does not verify");
  if (JSON.parse(Buffer.from(head, "base64url").toString()).alg !== "ES256") throw new Error("VAPID alg is not ES256");
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { aud: string; exp: number; sub: string };
  if (claims.aud !== endpoint.origin) throw new Error(`VAPID aud ${claims.aud} is not ${endpoint.origin}`);
  const now = Date.now() / 1000;
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) throw new Error(`VAPID exp ${claims.exp} out of range`);
  if (!/^(mailto:|https:\/\/)/.test(claims.sub)) throw new Error(`VAPID sub ${claims.sub} is not mailto: or https:`);
  return { vapidKey: k, subject: claims.sub };
}

/** With `tlsDir`, the certificate there is used (one the app was started trusting), else a new one. */
export async function startPushService(options: { tlsDir?: string } = {}) {
  const dir = options.tlsDir ?? mkdtempSync(path.join(tmpdir(), "push-service-"));
  mkdirSync(dir, { recursive: true });
  const tls = makeCertificate(dir);
  const devices = new Map<string, Device>();
  const received: ReceivedPush[] = [];
  const requests: string[] = [];
  const errors: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const id = (req.url ?? "").replace(/^\/push\//, "");
    const device = devices.get(id);
    const endpoint = new URL(`${origin}/push/${id}`);
    requests.push(endpoint.href);
    if (req.method !== "POST" || !device) return void res.writeHead(404).end();
    try {
      if (req.headers["content-encoding"] !== "aes128gcm") throw new Error("not aes128gcm");
      const vapid = checkVapid(req.headers.authorization, endpoint);
      const plain = decrypt(Buffer.concat(chunks), {
        version: "aes128gcm",
        privateKey: device.ecdh,
        authSecret: device.auth,
      });
      device.onReceive?.();
      const topic = (req.headers.topic as string | undefined) ?? null;
      const message: ReceivedPush = {
        endpoint: endpoint.href,
        topic,
        ttl: (req.headers.ttl as string | undefined) ?? null,
        urgency: (req.headers.urgency as string | undefined) ?? null,
        ...vapid,
        payload: JSON.parse(plain.toString("utf8")),
      };
      if (device.answer) return void res.writeHead(device.answer.status, device.answer.headers).end();
      // RFC 8030 §5.4: a message with the topic of one still held replaces it.
      const held = topic ? received.findIndex((m) => m.endpoint === message.endpoint && m.topic === topic) : -1;
      if (held >= 0) received.splice(held, 1, message);
      else received.push(message);
      res.writeHead(201, { Location: `${endpoint.href}/messages/${received.length}` }).end();
    } catch (error) {
      errors.push(String(error));
      res.writeHead(400).end(String(error));
    }
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    /** PEM of the certificate, for NODE_EXTRA_CA_CERTS or an https.Agent's `ca`. */
    ca: tls.cert,
    caFile: tls.certFile,
    received,
    requests,
    errors,
    /** A subscription as a browser's PushManager would make one, with keys only this test knows. */
    subscribe(options: Omit<Device, "ecdh" | "auth"> = {}): PushSubscriptionKeys {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16).toString("base64url");
      const id = randomBytes(12).toString("base64url");
      devices.set(id, { ecdh, auth, ...options });
      return { endpoint: `${origin}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth } };
    },
    /** Registers keys made elsewhere (a browser page given them by the test). */
    adopt(subscription: PushSubscriptionKeys & { privateKey: string }) {
      const ecdh = createECDH("prime256v1");
      ecdh.setPrivateKey(Buffer.from(subscription.privateKey, "base64url"));
      devices.set(subscription.endpoint.split("/push/")[1], { ecdh, auth: subscription.keys.auth });
    },
    answer(endpoint: string, answer: Device["answer"]) {
      devices.get(endpoint.split("/push/")[1])!.answer = answer;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      if (!options.tlsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type PushService = Awaited<ReturnType<typeof startPushService>>;
