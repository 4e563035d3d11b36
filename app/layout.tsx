// The root layout of every page: <html lang> in the request's language (the public site's from its
// URL, set by proxy.ts; the signed-in app's from its cookie), default metadata and the client
// messages every page needs.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { pickMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicSite");
  const name = t("name");
  return {
    // Canonical URLs, hreflang alternates and Open Graph URLs of the pages are relative to this.
    metadataBase: new URL(`${env().appUrl}/`),
    title: { default: name, template: `%s · ${name}` },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = pickMessages(await getMessages(), PUBLIC_CLIENT_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
