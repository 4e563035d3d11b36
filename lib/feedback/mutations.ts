// Moderating citizens' feedback (issue 20, item 2): the heads of the initiative's lead department
// and admins (`feedback.moderate`, condition "ownDepartment" on the loaded initiative) answer it
// privately (mailed to the citizen when they gave an address), publish it with the answer on the
// public initiative page, or discard it. Each is audited — without the citizen's name or address.
import { defineAction, ensureUpdated } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import type { FeedbackStatus } from "@/lib/generated/prisma/enums";
import { readCityBrand } from "@/lib/branding/queries";
import { escapeHtml, htmlDocument, mailLocale, mailTranslator, absoluteUrl } from "@/lib/mail/compose";
import { enqueueMail } from "@/lib/mail/queue";
import { smtpConfigured } from "@/lib/mail/transport";
import { localePath } from "@/lib/i18n/config";
import { answerFeedbackInput, discardFeedbackInput, publishFeedbackInput } from "./schemas";

/** What the audit keeps of a feedback row: never name, e-mail or address hash. */
const auditSelect = { id: true, status: true, answer: true, publishedAt: true, version: true } as const;

async function loadFeedback(tx: Tx, input: { id: string }) {
  const f = await tx.feedback.findUnique({
    where: { id: input.id },
    select: { ...auditSelect, email: true, locale: true, message: true, initiativeId: true, initiative: { select: { departmentId: true, slug: true, title: true } } },
  });
  if (!f) return null;
  return { ...f, departmentId: f.initiative.departmentId };
}
type Loaded = NonNullable<Awaited<ReturnType<typeof loadFeedback>>>;

async function moderate(tx: Tx, f: Loaded, input: { version: number }, data: { status: FeedbackStatus; answer?: string; publishedAt?: Date | null }, actorId: string, now: Date) {
  const { count } = await tx.feedback.updateMany({
    where: { id: f.id, version: input.version },
    data: { ...data, moderatedById: actorId, moderatedAt: now, version: { increment: 1 } },
  });
  await ensureUpdated(count, "Feedback", () => tx.feedback.findUnique({ where: { id: f.id }, select: auditSelect }));
  return tx.feedback.findUniqueOrThrow({ where: { id: f.id }, select: auditSelect });
}

/** The answer, mailed to the address the citizen gave (in the language they wrote in). */
async function mailAnswer(tx: Tx, f: Loaded, answer: string, now: Date) {
  if (!f.email) return false;
  const locale = mailLocale(f.locale);
  const t = mailTranslator(locale);
  const site = (await readCityBrand(tx)).siteTitle;
  const link = absoluteUrl(localePath(locale, `/initiatives/${f.initiative.slug}`));
  const subject = t("feedbackMail.subject", { title: f.initiative.title });
  const text = [t("feedbackMail.intro", { title: f.initiative.title }), link, "", t("feedbackMail.yourMessage"), f.message, "", t("feedbackMail.answer"), answer, "", t("mail.signature", { site }), "--", t("mail.automatic")].join("\n");
  const html = htmlDocument(
    locale,
    subject,
    `<p>${escapeHtml(t("feedbackMail.intro", { title: f.initiative.title }))}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` +
      `<h2 style="font-size:16px">${escapeHtml(t("feedbackMail.yourMessage"))}</h2><p style="white-space:pre-line">${escapeHtml(f.message)}</p>` +
      `<h2 style="font-size:16px">${escapeHtml(t("feedbackMail.answer"))}</h2><p style="white-space:pre-line">${escapeHtml(answer)}</p>` +
      `<p>${escapeHtml(t("mail.signature", { site }))}</p><p style="color:#555;font-size:14px">${escapeHtml(t("mail.automatic"))}</p>`,
  );
  await enqueueMail(tx, { userId: null, to: f.email, locale, kind: "FEEDBACK_ANSWER", subject, text, html }, { smtp: smtpConfigured(), now });
  return true;
}

export const answerFeedbackAction = defineAction({
  name: "feedback.answer",
  input: answerFeedbackInput,
  permission: "feedback.moderate",
  load: loadFeedback,
  run: async ({ tx, input, actor, resource, now, audit }) => {
    const after = await moderate(tx, resource, input, { status: "ANSWERED", answer: input.answer, publishedAt: null }, actor.id, now);
    const mailed = await mailAnswer(tx, resource, input.answer, now);
    audit({ action: "feedback.answer", entityType: "Feedback", entityId: resource.id, initiativeId: resource.initiativeId, before: pick(resource), after: { ...after, mailed } });
    return { id: resource.id, mailed };
  },
});

export const publishFeedbackAction = defineAction({
  name: "feedback.publish",
  input: publishFeedbackInput,
  permission: "feedback.moderate",
  load: loadFeedback,
  run: async ({ tx, input, actor, resource, now, audit }) => {
    const after = await moderate(tx, resource, input, { status: "PUBLISHED", answer: input.answer, publishedAt: now }, actor.id, now);
    const mailed = resource.status === "PENDING" ? await mailAnswer(tx, resource, input.answer, now) : false;
    audit({ action: "feedback.publish", entityType: "Feedback", entityId: resource.id, initiativeId: resource.initiativeId, before: pick(resource), after: { ...after, mailed } });
    return { id: resource.id, mailed };
  },
});

export const discardFeedbackAction = defineAction({
  name: "feedback.discard",
  input: discardFeedbackInput,
  permission: "feedback.moderate",
  load: loadFeedback,
  run: async ({ tx, input, actor, resource, now, audit }) => {
    const after = await moderate(tx, resource, input, { status: "DISCARDED", publishedAt: null }, actor.id, now);
    audit({ action: "feedback.discard", entityType: "Feedback", entityId: resource.id, initiativeId: resource.initiativeId, before: pick(resource), after });
    return { id: resource.id };
  },
});

function pick(f: Loaded) {
  return { id: f.id, status: f.status, answer: f.answer, publishedAt: f.publishedAt, version: f.version };
}
