// Moderating citizens' feedback (issue 20, item 2): the heads of the initiative's lead department
// and admins (`feedback.moderate`, condition "ownDepartment" on the loaded initiative) answer it
// privately (mailed to the citizen when they gave an address), publish it with the answer on the
// public initiative page, or discard it. Each is audited — without the citizen's name or address.
import type { z } from "zod";
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

async function moderate(tx: Tx, f: Loaded, input: { version: number }, data: Transition, actorId: string, now: Date) {
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

type Transition = { status: FeedbackStatus; answer?: string; publishedAt: Date | null };

/**
 * One moderation step as an action: load the feedback and check `feedback.moderate` against its
 * initiative (the builder), move it to the state `to` gives (version-checked), mail the citizen when
 * `mail` is given (it says whether a mail went out), and audit before and after — never the
 * citizen's name or address.
 */
function moderationAction<S extends z.ZodType<{ id: string; version: number }>>(
  name: "feedback.answer" | "feedback.publish" | "feedback.discard",
  input: S,
  to: (input: z.infer<S>, now: Date) => Transition,
  mail?: (tx: Tx, f: Loaded, input: z.infer<S>, now: Date) => Promise<boolean>,
) {
  return defineAction({
    name,
    input,
    permission: "feedback.moderate",
    load: loadFeedback,
    run: async ({ tx, input, actor, resource, now, audit }): Promise<{ id: string; mailed?: boolean }> => {
      const after = await moderate(tx, resource, input, to(input, now), actor.id, now);
      const event = { action: name, entityType: "Feedback", entityId: resource.id, initiativeId: resource.initiativeId, before: pick(resource) };
      if (!mail) {
        audit({ ...event, after });
        return { id: resource.id };
      }
      const mailed = await mail(tx, resource, input, now);
      audit({ ...event, after: { ...after, mailed } });
      return { id: resource.id, mailed };
    },
  });
}

export const answerFeedbackAction = moderationAction(
  "feedback.answer",
  answerFeedbackInput,
  (input) => ({ status: "ANSWERED", answer: input.answer, publishedAt: null }),
  (tx, f, input, now) => mailAnswer(tx, f, input.answer, now),
);

/** Publishing mails the answer only when the citizen has not had one yet (straight from PENDING). */
export const publishFeedbackAction = moderationAction(
  "feedback.publish",
  publishFeedbackInput,
  (input, now) => ({ status: "PUBLISHED", answer: input.answer, publishedAt: now }),
  async (tx, f, input, now) => (f.status === "PENDING" ? mailAnswer(tx, f, input.answer, now) : false),
);

export const discardFeedbackAction = moderationAction("feedback.discard", discardFeedbackInput, () => ({ status: "DISCARDED", publishedAt: null }));

function pick(f: Loaded) {
  return { id: f.id, status: f.status, answer: f.answer, publishedAt: f.publishedAt, version: f.version };
}
