import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Masterplan Monitor", template: "%s · Masterplan Monitor" },
  description: "Wie steht es um die Digitalisierung der Stadt? Vorhaben, Meilensteine und Kennzahlen des Masterplans.",
};

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
