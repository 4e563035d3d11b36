// Citizens' e-mail subscriptions (issue 20, item 3): the subscribe form posts here, as a plain HTML
// form without JavaScript. Public by design: no account; the same spam limits as feedback plus a
// limit on confirmation mails per address (lib/subscriptions/subscribe.ts). Nothing is sent but the
// confirmation mail until the subscriber confirms, and the answer never tells whether the address
// was already subscribed.
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db/client";
import { appNow } from "@/lib/dates";
import { isLocale, localePath } from "@/lib/i18n/config";
import { encodeFlash, readPublicForm, redirectWithFlash } from "@/lib/security/public-form-post";
import { requestSubscription, SUBSCRIBE_FLASH_COOKIE } from "@/lib/subscriptions/subscribe";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "citizens' e-mail subscription (double opt-in): no account; honeypot, signed form time, per-address and per-mailbox limits";

const MAX_BODY_BYTES = 4 * 1024;

export async function POST(request: Request) {
  const raw = await readPublicForm(request, MAX_BODY_BYTES);
  if (typeof raw === "number") return new Response(null, { status: raw, headers: { "Cache-Control": "no-store" } });
  const locale = isLocale(raw.locale) ? raw.locale : "de";
  const target = typeof raw.target === "string" && raw.target.length <= 140 ? raw.target : "all";
  const page = `${localePath(locale, "/subscriptions")}?target=${encodeURIComponent(target)}`;
  const result = await requestSubscription(await db(), { raw, clientAddress: clientAddress(request.headers), locale, now: appNow(), formNow: new Date() });
  if (result.ok) return redirectWithFlash(`${page}&sent=1`, SUBSCRIBE_FLASH_COOKIE, null);
  if (result.reason === "NOT_FOUND") return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const flash = encodeFlash({ errors: result.fieldErrors, values: { email: typeof raw.email === "string" ? raw.email.slice(0, 254) : "", consent: raw.consent === "on", target } });
  return redirectWithFlash(`${page}&check=1#subscribe-form`, SUBSCRIBE_FLASH_COOKIE, flash);
}
