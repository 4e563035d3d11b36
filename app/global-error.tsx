"use client";
// Last resort when the root layout itself fails: it replaces the whole document, so it brings its
// own <html>, styles and (German) texts, without the layout's locale detection or message provider.
import { NextIntlClientProvider } from "next-intl";
import ErrorPage from "@/components/layout/error-page";
import { GLOBAL_ERROR_MESSAGES } from "@/lib/i18n/messages/global-error";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <title>{GLOBAL_ERROR_MESSAGES.errors.genericTitle}</title>
        <NextIntlClientProvider locale="de" messages={GLOBAL_ERROR_MESSAGES} timeZone="Europe/Berlin">
          <ErrorPage error={error} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
