import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "~/server/config/env.server";
import { getLogger } from "~/server/config/logger.server";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable Message-ID, so a resend after a crash is recognisably the same message. */
  messageId?: string;
}

let transporter: Transporter | undefined;

function getTransporter(): Transporter {
  const env = getEnv();
  transporter ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export function resetMailForTests() {
  transporter = undefined;
}

/** Sends over SMTP when configured; otherwise writes the message to DATA_DIR/outbox so nothing is lost in development. */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  const info = await getTransporter().sendMail({ from: env.MAIL_FROM, ...mail });
  if (env.SMTP_URL) {
    getLogger().info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, "mail sent");
    return;
  }
  const outbox = path.resolve(env.DATA_DIR, "outbox");
  mkdirSync(outbox, { recursive: true });
  const file = path.join(outbox, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.eml`);
  writeFileSync(file, info.message as Buffer);
  // Where to read it; never its text, which holds the link tokens.
  getLogger().info({ to: mail.to, subject: mail.subject, file }, "mail written to outbox");
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One layout for every message: a greeting, a paragraph, one button-like link, a footnote. */
export function linkMail(options: {
  to: string;
  subject: string;
  name: string;
  intro: string;
  action: string;
  url: string;
  footnote: string;
}): Mail {
  const { to, subject, name, intro, action, url, footnote } = options;
  return {
    to,
    subject,
    text: `Hello ${name},\n\n${intro}\n\n${action}: ${url}\n\n${footnote}\n\n— NumerAI`,
    html: `<p>Hello ${escapeHtml(name)},</p><p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#5b3cc4;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>
<p style="color:#555">${escapeHtml(footnote)}</p><p>— NumerAI</p>`,
  };
}
