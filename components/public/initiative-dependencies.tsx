// What a public initiative depends on and what it is a prerequisite for, in words and between
// public initiatives only (lib/public/dependency-queries.ts): "Hängt ab von: 5G-Modellregion …".
import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/public/localized";
import { db } from "@/lib/db/client";
import { localePath, type Locale } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import { getPublicDependencies, type PublicDependencyLink } from "@/lib/public/dependency-queries";

export async function InitiativeDependencies({ slug }: { slug: string }) {
  const { dependsOn, neededBy } = await getPublicDependencies(await db(), slug);
  if (dependsOn.length === 0 && neededBy.length === 0) return null;
  const t = await getTranslations("dependencies.public");
  const locale = (await getLocale()) as Locale;
  const list = (links: PublicDependencyLink[]) =>
    links.map((l, i) => (
      <span key={l.slug}>
        {i > 0 && ", "}
        <a href={localePath(locale, `/initiatives/${l.slug}`)} className="text-brand-700 underline underline-offset-2">
          <Localized value={contentText(locale, l.title, l.titleEn)} />
        </a>
      </span>
    ));
  return (
    <div className="mt-6 space-y-1" data-testid="public-dependencies">
      {dependsOn.length > 0 && (
        <p>
          <span className="font-semibold">{t("dependsOn")}</span> {list(dependsOn)}
        </p>
      )}
      {neededBy.length > 0 && (
        <p>
          <span className="font-semibold">{t("neededBy")}</span> {list(neededBy)}
        </p>
      )}
    </div>
  );
}
