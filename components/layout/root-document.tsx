// The document every page lives in: <html lang>, the body, and the error page's texts (the only
// messages the client components of every page need, components/layout/error-texts.tsx). The
// signed-in app adds next-intl's client provider in its own layout (RootClientMessages in
// components/layout/client-messages.tsx); the citizens' site does without it, and its module graph
// must not even import the provider, or Next sends next-intl's message formatter (12 KB
// compressed) to every citizen's browser. There are two root layouts (see
// app/(public)/[locale]/layout.tsx and app/(internal)/layout.tsx): the citizens' site takes its
// language from its URL, so its pages can be rendered once and served from Next's cache; the
// signed-in app and its sign-in pages take it from the app's cookie and are rendered per request.
import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { ErrorTextsProvider, type ErrorTexts } from "@/components/layout/error-texts";
import { getTranslations } from "@/lib/i18n/translations";
import { brandPalette } from "@/lib/branding/contrast";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";

/** Default metadata of every page in `locale`: the site's name as title template, its description. */
export async function rootMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "publicSite" });
  // The city's site title (a new city: "Masterplan Monitor").
  const name = (await getCityBrand(await db())).siteTitle;
  return {
    // Canonical URLs, hreflang alternates and Open Graph URLs of the pages are relative to this.
    metadataBase: new URL(`${env().appUrl}/`),
    title: { default: name, template: `%s · ${name}` },
    description: t("description"),
  };
}

export async function RootDocument({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const errorTexts = (await getMessages({ locale })).errors as ErrorTexts;
  const { primaryColor } = await getCityBrand(await db());
  // The city's primary colour overrides the Tailwind theme's brand variables (app/globals.css) for
  // the whole document. A style attribute, which the CSP allows (style-src 'unsafe-inline'); the
  // value is a checked #rrggbb (lib/branding/queries.ts), so nothing else can reach the CSS.
  const style = primaryColor ? (brandPalette(primaryColor) as React.CSSProperties) : undefined;
  return (
    <html lang={locale} style={style}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <ErrorTextsProvider texts={errorTexts}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
