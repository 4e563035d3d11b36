// Citizens subscribe by e-mail to an initiative, a field of action or the whole masterplan
// (issue 20, item 3), without an account. Double opt-in: a new subscription is unconfirmed and gets
// only the confirmation mail; nothing else is sent before the link in it is used. The answer is the
// same whether the address is new, waiting or already subscribed, so the form reveals nothing
// about who subscribes. Spam limits as for feedback (honeypot, form time, per-address limit), plus
// a limit per e-mail address on confirmation mails, so the form cannot be used to flood a mailbox.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { SubscriptionScope } from "@/lib/generated/prisma/enums";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { contentString } from "@/lib/i18n/content";
import { translateFieldErrors, zodFieldErrors } from "@/lib/i18n/validation";
import { checkFormToken, claimRateSlot, hashAddress, issueFormToken, type RateLimit } from "@/lib/security/public-forms";
import { HONEYPOT_FIELD } from "@/lib/feedback/submit";
import { mailConfirmation } from "./mails";
import { readConfirmToken, readUnsubscribeToken } from "./tokens";

export const SUBSCRIBE_FORM = "subscribe";
export const SUBSCRIBE_FLASH_COOKIE = "mm_subscribe_form";
export const SUBSCRIBE_RATE_LIMIT: RateLimit = { bucket: "subscribe", limit: 5, windowMs: 60 * 60 * 1000 };
/** Confirmation mails to one address: a few a day at most, whoever asks. */
export const CONFIRM_MAIL_LIMIT: RateLimit = { bucket: "subscribe-mail", limit: 3, windowMs: 24 * 60 * 60 * 1000 };

export const subscribeInput = z.object({
  email: z.email().trim().toLowerCase().max(254),
  consent: z.preprocess((v) => v === "on" || v === true, z.boolean()).refine((v) => v, { message: "#consentRequired" }),
});

export type SubscriptionTarget = { scope: SubscriptionScope; initiativeId: string | null; fieldId: string | null; targetKey: string; label: string; slug: string | null };

/** What `target` ("initiative:<slug>", "field:<slug>" or "all") names, if it is public. */
export async function findSubscriptionTarget(db: Db, target: unknown, locale: Locale): Promise<SubscriptionTarget | null> {
  if (typeof target !== "string") return null;
  const [kind, slug] = target.split(":");
  if (kind === "all") {
    const plan = await db.masterplan.findFirst({ select: { title: true } });
    return plan ? { scope: "MASTERPLAN", initiativeId: null, fieldId: null, targetKey: "all", label: plan.title, slug: null } : null;
  }
  if (!slug || !/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  if (kind === "initiative") {
    const i = await db.initiative.findFirst({ where: { slug, visibility: "PUBLIC", archivedAt: null }, select: { id: true, code: true, title: true, titleEn: true } });
    return i ? { scope: "INITIATIVE", initiativeId: i.id, fieldId: null, targetKey: `i:${i.id}`, label: `${i.code} ${contentString(locale, i.title, i.titleEn)}`, slug } : null;
  }
  if (kind === "field") {
    const f = await db.fieldOfAction.findFirst({ where: { slug, archivedAt: null }, select: { id: true, code: true, title: true, titleEn: true } });
    return f ? { scope: "FIELD", initiativeId: null, fieldId: f.id, targetKey: `f:${f.id}`, label: `${f.code} ${contentString(locale, f.title, f.titleEn)}`, slug } : null;
  }
  return null;
}

export function subscribeFormToken(targetKey: string, now: Date): string {
  return issueFormToken(SUBSCRIBE_FORM, targetKey, now);
}

export type SubscribeResult = { ok: true } | { ok: false; reason: "NOT_FOUND" | "VALIDATION" | "TOO_FAST" | "EXPIRED" | "RATE_LIMITED"; fieldErrors: Record<string, string[]> };

export async function requestSubscription(
  db: Db,
  input: { raw: Record<string, unknown>; clientAddress: string; locale?: Locale; now: Date; formNow?: Date },
): Promise<SubscribeResult> {
  const locale = input.locale ?? defaultLocale;
  const form = (key: string) => translateFieldErrors({ _form: [`#subscriptions.${key}`] }, locale)!;
  const target = await findSubscriptionTarget(db, input.raw.target, locale);
  if (!target) return { ok: false, reason: "NOT_FOUND", fieldErrors: form("notFound") };
  const honeypot = input.raw[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { ok: true };
  const token = checkFormToken(input.raw.token, SUBSCRIBE_FORM, target.targetKey, input.formNow ?? input.now);
  if (token === "tooFast") return { ok: false, reason: "TOO_FAST", fieldErrors: form("tooFast") };
  if (token !== "ok") return { ok: false, reason: "EXPIRED", fieldErrors: form("expired") };
  const parsed = subscribeInput.safeParse(input.raw, { reportInput: true });
  if (!parsed.success) return { ok: false, reason: "VALIDATION", fieldErrors: zodFieldErrors(parsed.error, locale) };
  if (!(await claimRateSlot(db, SUBSCRIBE_RATE_LIMIT, hashAddress(input.clientAddress), input.now))) {
    return { ok: false, reason: "RATE_LIMITED", fieldErrors: form("rateLimited") };
  }
  const email = parsed.data.email;
  const existing = await db.emailSubscription.findUnique({ where: { email_targetKey: { email, targetKey: target.targetKey } }, select: { id: true, confirmedAt: true } });
  // Already confirmed: nothing to do, and the same answer as for a new address.
  if (existing?.confirmedAt) return { ok: true };
  // Over the per-address mail limit: silently no mail (the answer must not differ either).
  if (!(await claimRateSlot(db, CONFIRM_MAIL_LIMIT, hashAddress(`mail:${email}`), input.now))) return { ok: true };
  await db.$transaction(async (tx) => {
    const sub =
      existing ??
      (await tx.emailSubscription.create({
        data: { email, scope: target.scope, initiativeId: target.initiativeId, fieldId: target.fieldId, targetKey: target.targetKey, locale, createdAt: input.now },
        select: { id: true },
      }));
    await mailConfirmation(tx, { id: sub.id, locale, target: target.label }, input.now);
  });
  return { ok: true };
}

/** Confirms the subscription the link names; false for a forged, expired or withdrawn link. */
export async function confirmSubscription(db: Db, token: unknown, now: Date): Promise<boolean> {
  const id = readConfirmToken(token, now);
  if (!id) return false;
  const sub = await db.emailSubscription.findUnique({ where: { id }, select: { confirmedAt: true } });
  if (!sub) return false;
  if (!sub.confirmedAt) await db.emailSubscription.update({ where: { id }, data: { confirmedAt: now } });
  return true;
}

/** Ends the subscription the link names (and its unsent mails); true also when it was already gone. */
export async function unsubscribe(db: Db, token: unknown): Promise<boolean> {
  const id = readUnsubscribeToken(token);
  if (!id) return false;
  await db.emailSubscription.deleteMany({ where: { id } });
  return true;
}
