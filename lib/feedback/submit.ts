// A citizen's feedback on a public initiative (issue 20, item 2), from the public form without an
// account. In this order: the honeypot (a field people never see: filled in, the submission is
// dropped but answered like a success, so a bot learns nothing), the form token (too fast or
// stale: refused), the per-address rate limit, then the fields. What passes waits in the
// moderation queue of the initiative's department (status PENDING) and is never public until a
// moderator publishes it with an answer.
import type { Db } from "@/lib/db/client";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { translateFieldErrors, zodFieldErrors } from "@/lib/i18n/validation";
import { checkFormToken, claimRateSlot, hashAddress, issueFormToken, type RateLimit } from "@/lib/security/public-forms";
import { feedbackSubmission } from "./schemas";

export const FEEDBACK_FORM = "feedback";
/** Per client address: a few messages an hour are plenty for a person, few enough to keep spam out. */
export const FEEDBACK_RATE_LIMIT: RateLimit = { bucket: "feedback", limit: 5, windowMs: 60 * 60 * 1000 };
/** The field bots fill in and people never see (hidden by CSS and from assistive technology). */
export const HONEYPOT_FIELD = "website";
/** The cookie that carries errors and what was typed back to the form (lib/security/public-form-post.ts). */
export const FEEDBACK_FLASH_COOKIE = "mm_feedback_form";

export type FeedbackFormValues = { message: string; name: string; email: string; showName: boolean; consent: boolean };

export type SubmitResult =
  | { ok: true; stored: boolean }
  | { ok: false; reason: "VALIDATION" | "TOO_FAST" | "EXPIRED" | "RATE_LIMITED" | "NOT_FOUND"; fieldErrors: Record<string, string[]> };

/** The public initiative feedback may be given on: published and not archived. */
export function findFeedbackTarget(db: Db, slug: string) {
  return db.initiative.findFirst({ where: { slug, visibility: "PUBLIC", archivedAt: null }, select: { id: true, slug: true } });
}

export function feedbackFormToken(initiativeId: string, now: Date): string {
  return issueFormToken(FEEDBACK_FORM, initiativeId, now);
}

export function formValues(raw: Record<string, unknown>): FeedbackFormValues {
  const text = (k: string, max: number) => (typeof raw[k] === "string" ? (raw[k] as string).slice(0, max) : "");
  return { message: text("message", 4000), name: text("name", 200), email: text("email", 300), showName: raw.showName === "on", consent: raw.consent === "on" };
}

/**
 * `now` dates the row and counts the rate limit (the app's clock, fixed in tests and demos);
 * `formNow` is the wall clock the form token's age is measured with (by default `now`).
 */
export async function submitFeedback(
  db: Db,
  input: { slug: string; raw: Record<string, unknown>; clientAddress: string; locale?: Locale; now: Date; formNow?: Date },
): Promise<SubmitResult> {
  const locale = input.locale ?? defaultLocale;
  const form = (key: string) => translateFieldErrors({ _form: [`#citizenFeedback.${key}`] }, locale)!;
  const target = await findFeedbackTarget(db, input.slug);
  if (!target) return { ok: false, reason: "NOT_FOUND", fieldErrors: form("notFound") };
  const honeypot = input.raw[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { ok: true, stored: false };
  const token = checkFormToken(input.raw.token, FEEDBACK_FORM, target.id, input.formNow ?? input.now);
  if (token === "tooFast") return { ok: false, reason: "TOO_FAST", fieldErrors: form("tooFast") };
  if (token !== "ok") return { ok: false, reason: "EXPIRED", fieldErrors: form("expired") };
  const parsed = feedbackSubmission.safeParse(input.raw, { reportInput: true });
  if (!parsed.success) return { ok: false, reason: "VALIDATION", fieldErrors: zodFieldErrors(parsed.error, locale) };
  const addressHash = hashAddress(input.clientAddress);
  if (!(await claimRateSlot(db, FEEDBACK_RATE_LIMIT, addressHash, input.now))) {
    return { ok: false, reason: "RATE_LIMITED", fieldErrors: form("rateLimited") };
  }
  const f = parsed.data;
  await db.feedback.create({
    data: {
      initiativeId: target.id,
      message: f.message,
      name: f.name ?? null,
      email: f.email ?? null,
      showName: !!f.name && f.showName,
      addressHash,
      locale,
      createdAt: input.now,
    },
  });
  return { ok: true, stored: true };
}
