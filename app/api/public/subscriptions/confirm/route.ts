// Confirms an e-mail subscription (double opt-in): the button on the page the confirmation mail
// links to posts the signed token here. A button rather than the link itself, so that a mail
// scanner that opens every link cannot confirm a subscription nobody asked for.
import { db } from "@/lib/db/client";
import { appNow } from "@/lib/dates";
import { isLocale, localePath } from "@/lib/i18n/config";
import { readPublicForm } from "@/lib/security/public-form-post";
import { confirmSubscription } from "@/lib/subscriptions/subscribe";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "double opt-in of an e-mail subscription; the signed token from the mail is the credential";

export async function POST(request: Request) {
  const raw = await readPublicForm(request, 2048);
  if (typeof raw === "number") return new Response(null, { status: raw, headers: { "Cache-Control": "no-store" } });
  const locale = isLocale(raw.locale) ? raw.locale : "de";
  const ok = await confirmSubscription(await db(), raw.token, appNow());
  return new Response(null, { status: 303, headers: { Location: `${localePath(locale, "/subscriptions/confirm")}?${ok ? "done" : "invalid"}=1`, "Cache-Control": "no-store" } });
}
