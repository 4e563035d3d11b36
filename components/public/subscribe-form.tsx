// The e-mail subscription form (issue 20, item 3): a plain HTML form to /api/public/subscriptions,
// working without JavaScript, with the same honeypot and form token as the feedback form.
import { getTranslations } from "next-intl/server";
import { HONEYPOT_FIELD } from "@/lib/feedback/submit";
import { localePath, type Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; target: string; token: string; values?: { email?: string; consent?: boolean }; errors?: Record<string, string[]> };

const input = "mt-1 block w-full rounded border border-slate-400 px-3 py-2 focus:outline-2 focus:outline-brand-600";

export async function SubscribeForm({ locale, target, token, values = {}, errors = {} }: Props) {
  const t = await getTranslations("subscriptions");
  const tf = await getTranslations("citizenFeedback");
  return (
    <form id="subscribe-form" method="post" action="/api/public/subscriptions" className="mt-6 max-w-xl space-y-4" noValidate>
      {errors._form?.length ? <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{errors._form.join(" ")}</div> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="locale" value={locale} />
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor={`subscribe-${HONEYPOT_FIELD}`}>{tf("honeypot")}</label>
        <input id={`subscribe-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <label htmlFor="subscribe-email" className="font-semibold">{t("email")} <span aria-hidden="true">*</span></label>
        <input id="subscribe-email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={values.email ?? ""} className={input}
          aria-invalid={errors.email?.length ? true : undefined} aria-describedby={errors.email?.length ? "subscribe-email-error" : undefined} />
        {errors.email?.length ? <p id="subscribe-email-error" className="mt-1 text-sm font-medium text-red-800">{errors.email.join(" ")}</p> : null}
      </div>
      <div>
        <div className="flex items-start gap-2">
          <input id="subscribe-consent" name="consent" type="checkbox" required defaultChecked={values.consent ?? false} className="mt-1 h-4 w-4"
            aria-invalid={errors.consent?.length ? true : undefined} aria-describedby={errors.consent?.length ? "subscribe-consent-error" : undefined} />
          <label htmlFor="subscribe-consent">
            {t.rich("consent", { privacy: (chunks) => <a href={localePath(locale, "/privacy")} className="text-brand-700 underline underline-offset-2">{chunks}</a> })} <span aria-hidden="true">*</span>
          </label>
        </div>
        {errors.consent?.length ? <p id="subscribe-consent-error" className="mt-1 text-sm font-medium text-red-800">{errors.consent.join(" ")}</p> : null}
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600">{t("submit")}</button>
    </form>
  );
}

/** A one-button form (confirm, unsubscribe) that posts the token from the mail's link. */
export function TokenButtonForm({ action, token, locale, label, testId }: { action: string; token: string; locale: Locale; label: string; testId: string }) {
  return (
    <form method="post" action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" data-testid={testId} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600">{label}</button>
    </form>
  );
}
