// Frame of the citizens' site (and of the sign-in pages): skip link, header with the main
// navigation and the language switch, example-data notice, main landmark, footer. The public
// pages get it from app/(public)/[locale]/layout.tsx; it works out the language and, unless told,
// the example-data flag itself. It reads nothing from the request (no header, no cookie), so a
// public page can be served from the page cache: the current address, which marks the navigation
// and makes the language switch's link, is read by those client components from the router.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicLocaleSwitch } from "@/components/layout/public-locale-switch";
import { PublicNav } from "@/components/public/public-nav";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { isLocale, localePath, otherLocale, type Locale } from "@/lib/i18n/config";
import { getPublicSiteFacts } from "@/lib/public/queries";

const NAV = [
  ["overview", "/"],
  ["fields", "/fields"],
  ["initiatives", "/initiatives"],
  ["partners", "/partners"],
  ["districts", "/districts"],
  ["changes", "/changes"],
  ["openData", "/open-data"],
] as const;

const FOOTER = [
  ["accessibility", "/accessibility"],
  ["imprint", "/imprint"],
  ["privacy", "/privacy"],
  ["feed", "/feed.xml"],
  ["openData", "/open-data"],
] as const;

export async function SiteShell({ children, isExample }: { children: React.ReactNode; isExample?: boolean }) {
  const requested = await getLocale();
  const locale: Locale = isLocale(requested) ? requested : "de";
  const t = await getTranslations("publicSite");
  const target = otherLocale(locale);
  const database = await db();
  const [example, brand] = await Promise.all([isExample ?? getPublicSiteFacts(database).then((f) => f.isExample), getCityBrand(database)]);
  const href = (path: string) => localePath(locale, path);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        {t("skipLink")}
      </a>
      <header className="bg-brand-900 text-white print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 pt-3">
          <Link href={href("/")} prefetch={false} className="flex items-center gap-3 rounded px-1 text-lg font-semibold focus-visible:outline-amber-300" data-testid="site-title">
            {brand.logo && (
              // The link's text names the site; the logo beside it adds nothing to read out.
              // eslint-disable-next-line @next/next/no-img-element -- a small file of our own, cached by its hash
              <img src={brand.logo.path} alt="" className="h-10 w-auto" data-testid="site-logo" />
            )}
            <span>{brand.siteTitle}</span>
          </Link>
          {/* Named in the language it leads to (this catalogue holds the other language's words), with
              lang/hreflang saying so; sign-in pages have no counterpart, so it shows on public pages only. */}
          <PublicLocaleSwitch target={target} text={t("switchTo")} label={t("switchToLabel")} />
        </div>
        <PublicNav
          label={t("mainNav")}
          items={NAV.map(([key, path]) => ({ key, path, href: href(path), label: t(`nav.${key}`) }))}
        />
      </header>
      {example && (
        <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" data-testid="example-data-notice">
          {t("exampleData")}
        </p>
      )}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-12 border-t border-slate-200 px-4 py-6 text-sm text-slate-700 print:hidden">
        <nav aria-label={t("footerNav")} className="mx-auto max-w-5xl">
          <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1">
            {FOOTER.map(([key, path]) => (
              <li key={key}>
                {key === "feed" ? (
                  // A file, not a page: a plain link without client-side navigation.
                  <a href={href(path)} type="application/atom+xml" className="text-brand-700 underline underline-offset-2">
                    {t(`footerLinks.${key}`)}
                  </a>
                ) : (
                  <Link href={href(path)} prefetch={false} className="text-brand-700 underline underline-offset-2">
                    {t(`footerLinks.${key}`)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
        {(brand.imprintOperator || brand.contactEmail) && (
          <p className="mt-3 text-center" data-testid="site-operator">
            {brand.imprintOperator}
            {brand.imprintOperator && brand.contactEmail && " · "}
            {brand.contactEmail && (
              <>
                {t("contact")}{" "}
                <a href={`mailto:${brand.contactEmail}`} className="text-brand-700 underline underline-offset-2">{brand.contactEmail}</a>
              </>
            )}
          </p>
        )}
        <p className="mt-3 text-center">{t("footer")}</p>
      </footer>
    </>
  );
}
