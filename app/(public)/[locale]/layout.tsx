// Root layout of the citizens' site in one language (German at /…, English at /en/…; proxy.ts maps
// the URLs): checks the language, tells next-intl, and puts every public page into the site frame.
// The language comes from the URL alone (no cookie, no header), so a public page is rendered once
// and then served from Next's page cache (ISR) until a change revalidates it: the action builder
// does so after every committed change (lib/public/revalidate.ts), and `revalidate` below is the
// fallback for changes made elsewhere (SQL by hand) and for what follows from the date alone (a
// milestone becoming late). Pages that read the query (lists with filters and pages) are rendered
// per request.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RootDocument, rootMetadata } from "@/components/layout/root-document";
import { SiteShell } from "@/components/layout/site-shell";
import { isLocale } from "@/lib/i18n/config";
import "../../globals.css";

/** Seconds a cached public page is served before it is rendered again, changed or not (Next reads the literal). */
export const revalidate = 600;

/** Nothing is rendered at build time (there is no database then); each page on its first request. */
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? rootMetadata(locale) : {};
}

export default async function PublicRootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <RootDocument locale={locale}>
      <SiteShell>{children}</SiteShell>
    </RootDocument>
  );
}
