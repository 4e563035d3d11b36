// The accessibility statement, imprint and privacy notice: one renderer and one metadata helper
// for the three pages. The text comes from lib/public/content.ts (the city's file in CONTENT_DIR,
// else the default with placeholders); sections get their own h2 and a table of contents.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { publicLocale, publicMetadata } from "@/components/public/public-page";
import { Markdown } from "@/components/ui/markdown";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { hasPlaceholders, loadContent, type ContentPage } from "@/lib/public/content";

type Props = { params: Promise<{ locale: string }> };

async function documentFor(page: ContentPage, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "publicLegal" });
  return { doc: await loadContent(page, locale, t(page)), t };
}

export async function LegalDocument({ page, locale }: { page: ContentPage; locale: Locale }) {
  const { doc, t } = await documentFor(page, locale);
  // The imprint names the operator and the contact address from the city's settings, when set.
  const brand = page === "imprint" ? await getCityBrand(await db()) : null;
  return (
    <article aria-labelledby="legal-title" data-testid={`legal-${page}`}>
      <h1 id="legal-title" className="text-3xl font-bold text-brand-900">{doc.title}</h1>
      {hasPlaceholders(doc) && (
        <p role="note" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="legal-template-notice">
          {t("template")}
        </p>
      )}
      {brand && (brand.imprintOperator || brand.contactEmail) && (
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="imprint-operator">
          {brand.imprintOperator && (
            <>
              <dt className="font-semibold">{t("operator")}</dt>
              <dd>{brand.imprintOperator}</dd>
            </>
          )}
          {brand.contactEmail && (
            <>
              <dt className="font-semibold">{t("contactEmail")}</dt>
              <dd>
                <a href={`mailto:${brand.contactEmail}`} className="text-brand-700 underline underline-offset-2">{brand.contactEmail}</a>
              </dd>
            </>
          )}
        </dl>
      )}
      {doc.intro && <Markdown source={doc.intro} />}
      {doc.sections.length > 1 && (
        <nav aria-label={t("contents")} className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
          <p className="font-semibold" aria-hidden="true">{t("contents")}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {doc.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="text-brand-700 underline underline-offset-2">{s.heading}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-8">
          <h2 id={s.id} className="scroll-mt-4 text-xl font-semibold">{s.heading}</h2>
          <Markdown source={s.body} />
        </section>
      ))}
    </article>
  );
}

/** generateMetadata and the page component of one legal page. */
export function legalPage(page: ContentPage) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = await publicLocale(params);
    const [{ doc, t }, brand] = await Promise.all([documentFor(page, locale), getCityBrand(await db())]);
    return publicMetadata(locale, `/${page}`, { title: doc.title, description: t(`${page}Description`, { site: brand.siteTitle }) });
  }
  async function LegalPage({ params }: Props) {
    const locale = await publicLocale(params);
    return <LegalDocument page={page} locale={locale} />;
  }
  return { generateMetadata, LegalPage };
}
