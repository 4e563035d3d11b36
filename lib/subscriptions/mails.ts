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

type Paragraph = { text: string; link?: string };

/**
 * Records one mail to the subscriber of `sub` (its List-Unsubscribe ends that subscription). The
 * footer is its unsubscribe link, or the links given (a mail that several subscriptions of the
 * address answered offers each).
 */
async function enqueue(tx: Tx, sub: Sub, kind: "SUBSCRIPTION_CONFIRM" | "SUBSCRIPTION_UPDATE", parts: { subject: string; paragraphs: Paragraph[] }, now: Date, unsubscribeLinks?: Paragraph[]) {
  const locale = mailLocale(sub.locale);
  const t = mailTranslator(locale);
  const site = (await readCityBrand(tx)).siteTitle;
  const footer = unsubscribeLinks ?? [{ text: t("subscriptionMail.unsubscribe"), link: absoluteUrl(unsubscribePagePath(locale, sub.id)) }];
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

/** One public change of an initiative, in the subscriber's language. */
export type UpdateItem = { event: SubscriptionEvent; code: string; title: string; slug: string };
/** A subscription that answered a change: an initiative's or a field's (with its label) or the whole masterplan. */
export type UpdateSubscription = { id: string; target: { kind: "initiative" | "field"; label: string } | { kind: "masterplan" } };

/**
 * One short mail about public changes of initiatives: each change in a sentence, the link to its
 * initiative's page after that initiative's changes. One change (the app's forms) and many (a
 * workbook import) read alike; the subject names the initiative, or how many when there are
 * several. `subscriptions` are the address's subscriptions that answered (the first carries the
 * List-Unsubscribe header); with more than one, the mail offers each one's unsubscribe link by name.
 */
export async function mailUpdates(tx: Tx, locale: MailLocale, subscriptions: UpdateSubscription[], items: UpdateItem[], now: Date) {
  const t = mailTranslator(locale);
  const sentence = ({ event: e, code, title }: UpdateItem) => {
    const initiative = `${code} ${title}`;
    return e.kind === "reportApproved"
      ? t("subscriptionMail.reportApproved", { initiative, period: e.period })
      : e.kind === "milestoneDone"
        ? t("subscriptionMail.milestoneDone", { initiative, milestone: e.milestone })
        : t("subscriptionMail.milestoneMoved", { initiative, milestone: e.milestone, from: e.from, to: e.to });
  };
  const codes = [...new Set(items.map((i) => i.code))];
  const paragraphs: Paragraph[] = [];
  for (const code of codes) {
    const theirs = items.filter((i) => i.code === code);
    paragraphs.push(...theirs.map((i) => ({ text: sentence(i) })));
    paragraphs.push({ text: t("subscriptionMail.readMore"), link: absoluteUrl(localePath(locale, `/initiatives/${theirs[0]!.slug}`)) });
  }
  const subject = codes.length === 1 ? t("subscriptionMail.updateSubject", { code: codes[0]! }) : t("subscriptionMail.updateSubjectMany", { count: codes.length });
  const unsubscribeLinks =
    subscriptions.length > 1
      ? subscriptions.map((s) => ({
          text: t("subscriptionMail.unsubscribeFrom", { target: s.target.kind === "masterplan" ? t("subscriptionMail.wholeMasterplan") : s.target.label }),
          link: absoluteUrl(unsubscribePagePath(locale, s.id)),
        }))
      : undefined;
  await enqueue(tx, { id: subscriptions[0]!.id, locale }, "SUBSCRIPTION_UPDATE", { subject, paragraphs }, now, unsubscribeLinks);
}
