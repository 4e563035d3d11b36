// The citizens' site in one language (German at /…, English at /en/…; proxy.ts maps the URLs):
// checks the language, tells next-intl, and puts every public page into the site frame.
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SiteShell } from "@/components/layout/site-shell";
import { isLocale } from "@/lib/i18n/config";

export default async function PublicLocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <SiteShell>{children}</SiteShell>;
}
