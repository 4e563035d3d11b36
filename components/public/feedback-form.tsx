// The citizens' feedback form (issue 20, item 2): a plain HTML form that posts to
// /api/public/feedback and works without JavaScript. Errors come back per field (aria-invalid,
// aria-describedby) with what was typed. The honeypot field is hidden from sight and from
// assistive technology; people never fill it in.
import { getTranslations } from "next-intl/server";
import { HONEYPOT_FIELD, type FeedbackFormValues } from "@/lib/feedback/submit";
import { localePath, type Locale } from "@/lib/i18n/config";

type Props = {
  locale: Locale;
  slug: string;
  token: string;
  values?: Partial<FeedbackFormValues>;
  errors?: Record<string, string[]>;
};

const input = "mt-1 block w-full rounded border border-slate-400 px-3 py-2 focus:outline-2 focus:outline-brand-600";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return <p id={id} className="mt-1 text-sm font-medium text-red-800">{messages.join(" ")}</p>;
}

export async function FeedbackForm({ locale, slug, token, values = {}, errors = {} }: Props) {
  const t = await getTranslations("citizenFeedback");
  const err = (field: string) => (errors[field]?.length ? { "aria-invalid": true as const, "aria-describedby": `feedback-${field}-error` } : {});
  return (
    <form id="feedback-form" method="post" action="/api/public/feedback" className="mt-4 max-w-2xl space-y-4" noValidate>
      {errors._form?.length ? (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900" data-testid="feedback-form-error">
          {errors._form.join(" ")}
        </div>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor={`feedback-${HONEYPOT_FIELD}`}>{t("honeypot")}</label>
        <input id={`feedback-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <label htmlFor="feedback-message" className="font-semibold">{t("message")} <span aria-hidden="true">*</span></label>
        <p id="feedback-message-hint" className="text-sm text-slate-700">{t("messageHint")}</p>
        <textarea id="feedback-message" name="message" rows={6} required maxLength={2000} defaultValue={values.message ?? ""} className={input}
          aria-describedby={errors.message?.length ? "feedback-message-hint feedback-message-error" : "feedback-message-hint"} aria-invalid={errors.message?.length ? true : undefined} />
        <FieldError id="feedback-message-error" messages={errors.message} />
      </div>
      <div>
        <label htmlFor="feedback-name" className="font-semibold">{t("name")}</label>
        <input id="feedback-name" name="name" type="text" maxLength={100} autoComplete="name" defaultValue={values.name ?? ""} className={input} {...err("name")} />
        <FieldError id="feedback-name-error" messages={errors.name} />
      </div>
      <div className="flex items-start gap-2">
        <input id="feedback-showName" name="showName" type="checkbox" defaultChecked={values.showName ?? false} className="mt-1 h-4 w-4" />
        <label htmlFor="feedback-showName">{t("showName")}</label>
      </div>
      <div>
        <label htmlFor="feedback-email" className="font-semibold">{t("email")}</label>
        <p id="feedback-email-hint" className="text-sm text-slate-700">{t("emailHint")}</p>
        <input id="feedback-email" name="email" type="email" maxLength={254} autoComplete="email" defaultValue={values.email ?? ""} className={input}
          aria-describedby={errors.email?.length ? "feedback-email-hint feedback-email-error" : "feedback-email-hint"} aria-invalid={errors.email?.length ? true : undefined} />
        <FieldError id="feedback-email-error" messages={errors.email} />
      </div>
      <div>
        <div className="flex items-start gap-2">
          <input id="feedback-consent" name="consent" type="checkbox" required defaultChecked={values.consent ?? false} className="mt-1 h-4 w-4" {...err("consent")} />
          <label htmlFor="feedback-consent">
            {t.rich("consent", { privacy: (chunks) => <a href={localePath(locale, "/privacy")} className="text-brand-700 underline underline-offset-2">{chunks}</a> })} <span aria-hidden="true">*</span>
          </label>
        </div>
        <FieldError id="feedback-consent-error" messages={errors.consent} />
      </div>
      <p className="text-sm text-slate-700">{t("moderationNote")}</p>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600">
        {t("submit")}
      </button>
    </form>
  );
}
