// The one SMTP transport (nodemailer), from SMTP_URL. Short timeouts: an unreachable server makes a
// send fail within seconds and the mail is retried later by the mail job — no request ever waits
// for SMTP, because requests only record mails (lib/mail/queue.ts).
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailTransport = Pick<Transporter, "sendMail"> & { close?: () => void };

export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
}

let shared: { url: string; transport: MailTransport } | undefined;

/** The app's transport, or null when no SMTP_URL is set (mails stay in the outbox). */
export function appTransport(): MailTransport | null {
  const url = env().smtpUrl;
  if (!url) return null;
  if (shared?.url !== url) shared = { url, transport: smtpTransport(url) };
  return shared.transport;
}

/** Whether mails are sent (SMTP_URL set) or kept in the outbox. */
export function smtpConfigured(): boolean {
  return env().smtpUrl !== null;
}
