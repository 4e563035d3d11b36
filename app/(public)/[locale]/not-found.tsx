// "Not found" on the citizens' site, inside its frame and in the page's language (the root
// not-found page serves addresses outside the public site).
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localePath } from "@/lib/i18n/config";

export default async function PublicNotFound() {
  const requested = await getLocale();
  const t = await getTranslations("errors");
  const tSite = await getTranslations("publicSite");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2">{t("notFoundText")}</p>
      <p className="mt-4">
        <a href={localePath(isLocale(requested) ? requested : "de", "/")} className="text-brand-700 underline underline-offset-2">
          {tSite("nav.overview")}
        </a>
      </p>
    </>
  );
}
