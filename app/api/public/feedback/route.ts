// The citizens' feedback form (issue 20, item 2) posts here, as a plain HTML form without
// JavaScript. Public by design: no account; spam is held off by a honeypot, a signed form token
// with its issue time (too fast or stale: refused) and a per-address rate limit (lib/feedback/
// submit.ts). Nothing is published: what passes waits for a moderator.
import { db } from "@/lib/db/client";
import { appNow } from "@/lib/dates";
import { clientAddress } from "@/lib/auth/client-address";
import { FEEDBACK_FLASH_COOKIE, formValues, submitFeedback } from "@/lib/feedback/submit";
import { isLocale, localePath } from "@/lib/i18n/config";
import { encodeFlash, readPublicForm, redirectWithFlash } from "@/lib/security/public-form-post";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "citizens' feedback form: no account; honeypot, signed form time and per-address rate limit; moderated before anything is public";

const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request) {
  const raw = await readPublicForm(request, MAX_BODY_BYTES);
  if (typeof raw === "number") return new Response(null, { status: raw, headers: { "Cache-Control": "no-store" } });
  const locale = isLocale(raw.locale) ? raw.locale : "de";
  const slug = typeof raw.slug === "string" && /^[a-z0-9-]{1,120}$/.test(raw.slug) ? raw.slug : null;
  if (!slug) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const page = localePath(locale, `/initiatives/${slug}/feedback`);
  const result = await submitFeedback(await db(), { slug, raw, clientAddress: clientAddress(request.headers), locale, now: appNow(), formNow: new Date() });
  if (result.ok) return redirectWithFlash(`${page}?sent=1`, FEEDBACK_FLASH_COOKIE, null);
  if (result.reason === "NOT_FOUND") return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const flash = encodeFlash({ errors: result.fieldErrors, values: { ...formValues(raw), slug } });
  return redirectWithFlash(`${page}?check=1#feedback-form`, FEEDBACK_FLASH_COOKIE, flash);
}
