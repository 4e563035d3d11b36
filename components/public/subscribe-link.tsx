// "Get news by e-mail": the way from a public page to the subscription form for what it shows.
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/lib/i18n/config";

export async function SubscribeLink({ locale, target }: { locale: Locale; target: string }) {
  const t = await getTranslations("subscriptions");
  return (
    <p className="mt-6">
      <a href={`${localePath(locale, "/subscriptions")}?target=${encodeURIComponent(target)}`} className="text-brand-700 underline underline-offset-2" data-testid="subscribe-link">
        {t("link")}
      </a>
    </p>
  );
}
