"use client";
// Last resort when the root layout itself fails: it replaces the whole document, so it brings its
// own <html>, styles and (German) texts: without the root document, the error page's texts are the
// German ones of components/layout/error-texts.tsx.
import ErrorPage from "@/components/layout/error-page";
import { GLOBAL_ERROR_MESSAGES } from "@/lib/i18n/messages/global-error";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <title>{GLOBAL_ERROR_MESSAGES.errors.genericTitle}</title>
        <ErrorPage error={error} retry={retry} />
      </body>
    </html>
  );
}
