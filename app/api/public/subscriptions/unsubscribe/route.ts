// Ends an e-mail subscription: from the button on the page every mail links to (token in the form),
// or in one click from the mail program (RFC 8058: List-Unsubscribe-Post, token in the URL the
// List-Unsubscribe header names, body "List-Unsubscribe=One-Click"). The subscription and its
// unsent mails are deleted; a second request answers the same.
import { db } from "@/lib/db/client";
import { isLocale, localePath } from "@/lib/i18n/config";
import { readPublicForm } from "@/lib/security/public-form-post";
import { unsubscribe } from "@/lib/subscriptions/subscribe";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "unsubscribe from an e-mail subscription; the signed token from the mail is the credential";

export async function POST(request: Request) {
  const raw = await readPublicForm(request, 2048);
  if (typeof raw === "number") return new Response(null, { status: raw, headers: { "Cache-Control": "no-store" } });
  const queryToken = new URL(request.url).searchParams.get("token");
  if (raw["List-Unsubscribe"] === "One-Click" && queryToken) {
    const ok = await unsubscribe(await db(), queryToken);
    return new Response(ok ? "unsubscribed\n" : "invalid link\n", { status: ok ? 200 : 400, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
  }
  const locale = isLocale(raw.locale) ? raw.locale : "de";
  const ok = await unsubscribe(await db(), raw.token);
  return new Response(null, { status: 303, headers: { Location: `${localePath(locale, "/subscriptions/unsubscribe")}?${ok ? "done" : "invalid"}=1`, "Cache-Control": "no-store" } });
}
