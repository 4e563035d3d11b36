// Root layout of the signed-in app and its sign-in pages: the language is the app's cookie (see
// lib/i18n/request.ts), so these pages are rendered per request. The citizens' site has its own
// root layout (app/(public)/[locale]/layout.tsx).
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { RootClientMessages } from "@/components/layout/client-messages";
import { RootDocument, rootMetadata } from "@/components/layout/root-document";
import { isLocale } from "@/lib/i18n/config";
import "../globals.css";

async function appLocale() {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "de";
}

export async function generateMetadata(): Promise<Metadata> {
  return rootMetadata(await appLocale());
}

export default async function InternalRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await appLocale();
  return (
    <RootDocument locale={locale}>
      <RootClientMessages locale={locale}>{children}</RootClientMessages>
    </RootDocument>
  );
}
