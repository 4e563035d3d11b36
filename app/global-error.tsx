"use client";
// Last resort when the root layout itself fails: it replaces the whole document, so it brings its
// own <html>, styles and (German) texts, without the layout's locale detection or message provider.
import { NextIntlClientProvider } from "next-intl";
import ErrorPage from "@/components/layout/error-page";
import de from "@/lib/i18n/messages/de.json";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <title>{de.errors.genericTitle}</title>
        <NextIntlClientProvider locale="de" messages={{ errors: de.errors }} timeZone="Europe/Berlin">
          <ErrorPage error={error} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
