// Frame of the citizens' site: skip link, header, example-data notice, main landmark, footer.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteShell({ children, isExample }: { children: React.ReactNode; isExample: boolean }) {
  const t = await getTranslations("site");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        {t("skipLink")}
      </a>
      <header className="border-b border-slate-200 bg-brand-900 text-white">
        <nav aria-label={t("mainNav")} className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-semibold">
            {t("name")}
          </Link>
        </nav>
      </header>
      {isExample && (
        <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" data-testid="example-data-notice">
          {t("exampleData")}
        </p>
      )}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-12 border-t border-slate-200 px-4 py-6 text-center text-sm text-slate-700">{t("footer")}</footer>
    </>
  );
}
