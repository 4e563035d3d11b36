// The mails to citizens' e-mail subscriptions (issue 20, item 3), through the one mail queue
// (lib/mail/queue.ts). Plain text and simple HTML, no images, no tracking pixels, no redirecting
// links: every link points straight at the page it names. Every mail carries its unsubscribe link
// in the text and as List-Unsubscribe (with List-Unsubscribe-Post: one click, RFC 8058). The
// recipient's address is not stored with the mail: the sender reads it from the subscription.
import type { Tx } from "@/lib/db/client";
import { readCityBrand } from "@/lib/branding/queries";
import { absoluteUrl, escapeHtml, htmlDocument, mailLocale, mailTranslator, type MailLocale } from "@/lib/mail/compose";
import { enqueueMail } from "@/lib/mail/queue";
import { smtpConfigured } from "@/lib/mail/transport";
import { localePath } from "@/lib/i18n/config";
import { confirmToken, unsubscribeToken } from "./tokens";

/** What the outbox shows instead of a subscriber's address. */
export const SUBSCRIBER_PLACEHOLDER = "(subscriber)";

export function unsubscribePagePath(locale: MailLocale, subscriptionId: string): string {
  return `${localePath(locale, "/subscriptions/unsubscribe")}?token=${encodeURIComponent(unsubscribeToken(subscriptionId))}`;
}

/** The one-click endpoint (RFC 8058) the List-Unsubscribe header names. */
export function oneClickUnsubscribeUrl(subscriptionId: string): string {
  return absoluteUrl(`/api/public/subscriptions/unsubscribe?token=${encodeURIComponent(unsubscribeToken(subscriptionId))}`);
}

type Sub = { id: string; locale: string };

async function enqueue(tx: Tx, sub: Sub, kind: "SUBSCRIPTION_CONFIRM" | "SUBSCRIPTION_UPDATE", parts: { subject: string; paragraphs: { text: string; link?: string }[] }, now: Date) {
  const locale = mailLocale(sub.locale);
  const t = mailTranslator(locale);
  const site = (await readCityBrand(tx)).siteTitle;
  const unsubscribe = absoluteUrl(unsubscribePagePath(locale, sub.id));
  const footer = [{ text: t("subscriptionMail.unsubscribe"), link: unsubscribe }];
  const all = [...parts.paragraphs, { text: t("mail.signature", { site }) }, ...footer];
  const text = all.map((p) => (p.link ? `${p.text}\n${p.link}` : p.text)).join("\n\n");
  const html = htmlDocument(
    locale,
    parts.subject,
    all.map((p) => `<p>${escapeHtml(p.text)}${p.link ? `<br><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a>` : ""}</p>`).join(""),
  );
  const { id } = await enqueueMail(tx, { userId: null, to: SUBSCRIBER_PLACEHOLDER, locale, kind, subject: parts.subject, text, html }, { smtp: smtpConfigured(), now });
  await tx.mailMessage.update({ where: { id }, data: { subscriptionId: sub.id, listUnsubscribe: oneClickUnsubscribeUrl(sub.id) } });
}

/** Double opt-in: the only mail before confirmation, with the link that confirms. */
export async function mailConfirmation(tx: Tx, sub: Sub & { target: string }, now: Date) {
  const locale = mailLocale(sub.locale);
  const t = mailTranslator(locale);
  const link = absoluteUrl(`${localePath(locale, "/subscriptions/confirm")}?token=${encodeURIComponent(confirmToken(sub.id, now))}`);
  await enqueue(tx, sub, "SUBSCRIPTION_CONFIRM", {
    subject: t("subscriptionMail.confirmSubject"),
    paragraphs: [{ text: t("subscriptionMail.confirmIntro", { target: sub.target }) }, { text: t("subscriptionMail.confirmAction"), link }, { text: t("subscriptionMail.confirmIgnore") }],
  }, now);
}

export type SubscriptionEvent =
  | { kind: "reportApproved"; period: string }
  | { kind: "milestoneDone"; milestone: string }
  | { kind: "milestoneMoved"; milestone: string; from: string; to: string };

/** A short mail about one public change of an initiative. */
export async function mailUpdate(tx: Tx, sub: Sub, m: { event: SubscriptionEvent; code: string; title: string; slug: string }, now: Date) {
  const locale = mailLocale(sub.locale);
  const t = mailTranslator(locale);
  const link = absoluteUrl(localePath(locale, `/initiatives/${m.slug}`));
  const initiative = `${m.code} ${m.title}`;
  const e = m.event;
  const what =
    e.kind === "reportApproved"
      ? t("subscriptionMail.reportApproved", { initiative, period: e.period })
      : e.kind === "milestoneDone"
        ? t("subscriptionMail.milestoneDone", { initiative, milestone: e.milestone })
        : t("subscriptionMail.milestoneMoved", { initiative, milestone: e.milestone, from: e.from, to: e.to });
  await enqueue(tx, sub, "SUBSCRIPTION_UPDATE", {
    subject: t("subscriptionMail.updateSubject", { code: m.code }),
    paragraphs: [{ text: what }, { text: t("subscriptionMail.readMore"), link }],
  }, now);
}
