import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, for reading links out of mail.
 * With `dir`, each message is also written there as JSON, for test processes other than this one;
 * with `delayMs`, it takes that long to accept each message, like a distant mail server.
 */
export async function startSmtpCapture(options: { dir?: string; port?: number; delayMs?: number } = {}) {
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const messages: CapturedMail[] = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? "") : []));
          const captured = { to, subject: mail.subject ?? "", text: mail.text ?? "" };
          messages.push(captured);
          if (options.dir)
            writeFileSync(path.join(options.dir, `${Date.now()}-${messages.length}.json`), JSON.stringify(captured));
          waiters.splice(0).forEach((wake) => wake());
          setTimeout(callback, options.delayMs ?? 0);
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    /** Waits for a message to `to` whose subject matches, and returns the first link in it. */
    async waitForLink(to: string, subject: RegExp, timeoutMs = 10_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = [...messages].reverse().find((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject));
        const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
        if (link) return link;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
