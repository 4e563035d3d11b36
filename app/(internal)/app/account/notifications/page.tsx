// Reminder preferences: per category daily / weekly (Mondays) / off, and the e-mail language.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { locales } from "@/lib/i18n/config";
import { CATEGORIES, FREQUENCIES } from "@/lib/notifications/preferences";
import { ownNotificationSettings } from "@/lib/notifications/queries";
import { updateNotificationPreferences } from "@/lib/notifications/actions";

export default async function NotificationPreferencesPage() {
  const user = await requireUser("/app/account/notifications");
  const { preferences, locale } = await ownNotificationSettings(await db(), user);
  const t = await getTranslations("notificationPrefs");
  const tn = await getTranslations("notifications");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-2">
        <Link href="/app/notifications" className="underline">{tn("title")}</Link>
      </p>
      <ActionForm action={updateNotificationPreferences} schema="notificationPrefs.update" label={t("title")} successMessage={t("saved")} className="mt-6 space-y-4">
        {CATEGORIES.map((category) => (
          <fieldset key={category} className="rounded border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t(`category.${category}`)}</legend>
            <div className="flex flex-wrap gap-4">
              {FREQUENCIES.map((frequency) => (
                <label key={frequency} className="inline-flex items-center gap-2">
                  <input type="radio" name={category} value={frequency} defaultChecked={preferences[category] === frequency} />
                  {t(`frequency.${frequency}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <label htmlFor="notification-locale" className="block font-semibold">{t("locale")}</label>
          <select id="notification-locale" name="locale" defaultValue={locale} className="mt-1 rounded border border-slate-400 px-2 py-1">
            {locales.map((l) => (
              <option key={l} value={l}>{t(`localeName.${l}`)}</option>
            ))}
          </select>
        </div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
