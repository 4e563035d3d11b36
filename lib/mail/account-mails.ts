// Invitation and password-reset mails (issue 13, item 6): the same one-time link the admin sees,
// sent to the user in their language when SMTP_URL is set. Without SMTP nothing is recorded: the
// admin hands the link over as before, and the link's secret is never stored (with SMTP it is stored
// only until the mail is out, then removed from the stored copy: lib/mail/deliver.ts redactSecrets).
import { DEFAULT_SITE_NAME, readCityBrand } from "@/lib/branding/queries";
import type { Tx } from "@/lib/db/client";
import { absoluteUrl, escapeHtml, formatInstant, htmlDocument, mailLocale, mailTranslator } from "./compose";
import { enqueueMail } from "./queue";
import { smtpConfigured } from "./transport";

export type AccountMailKind = "INVITATION" | "PASSWORD_RESET";

/** `site`: the city's site title, which signs the mail. */
export function composeAccountMail(kind: AccountMailKind, m: { name: string; email: string; locale: string; path: string; expiresAt: Date }, site: string = DEFAULT_SITE_NAME) {
  const locale = mailLocale(m.locale);
  const t = mailTranslator(locale);
  const k = kind === "INVITATION" ? "invitation" : "reset";
  const link = absoluteUrl(m.path);
  const expiresAt = formatInstant(m.expiresAt, locale);
  const subject = t(`mail.${k}.subject`, { site });
  const lines = [
    t("mail.greeting", { name: m.name }),
    "",
    t(`mail.${k}.intro`, { email: m.email, site }),
    t(`mail.${k}.action`),
    link,
    "",
    t(`mail.${k}.expires`, { expiresAt }),
    "",
    t("mail.signature", { site }),
    "--",
    t("mail.automatic"),
  ];
  const html = htmlDocument(
    locale,
    subject,
    `<p>${escapeHtml(t("mail.greeting", { name: m.name }))}</p>` +
      `<p>${escapeHtml(t(`mail.${k}.intro`, { email: m.email, site }))}</p>` +
      `<p>${escapeHtml(t(`mail.${k}.action`))}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` +
      `<p>${escapeHtml(t(`mail.${k}.expires`, { expiresAt }))}</p>` +
      `<p>${escapeHtml(t("mail.signature", { site }))}</p><p style="color:#555;font-size:14px">${escapeHtml(t("mail.automatic"))}</p>`,
  );
  return { locale, subject, text: lines.join("\n"), html };
}

/** Records the mail in the caller's transaction when SMTP is configured; returns whether it did. */
export async function mailAccountLink(
  tx: Tx,
  kind: AccountMailKind,
  user: { id: string; name: string; email: string; locale: string },
  link: { path: string; expiresAt: Date },
  now: Date,
): Promise<boolean> {
  if (!smtpConfigured()) return false;
  const mail = composeAccountMail(kind, { ...user, ...link }, (await readCityBrand(tx)).siteTitle);
  await enqueueMail(tx, { userId: user.id, to: user.email, locale: mail.locale, kind, subject: mail.subject, text: mail.text, html: mail.html }, { smtp: true, now });
  return true;
}
