"use client";
// Last resort when the root layout itself fails: it replaces the whole document, so it brings its
// own <html>, styles and (German) texts, without the layout's locale detection or message provider.
import { NextIntlClientProvider, useTranslations } from "next-intl";
import de from "@/lib/i18n/messages/de.json";
import "./globals.css";

function Message({ digest, retry }: { digest: string | undefined; retry: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2">{digest ? t("genericText", { id: digest }) : t("genericTextNoId")}</p>
      <p className="mt-4">
        <button type="button" onClick={() => retry()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("tryAgain")}
        </button>
      </p>
    </main>
  );
}

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <title>{de.errors.genericTitle}</title>
        <NextIntlClientProvider locale="de" messages={{ errors: de.errors }} timeZone="Europe/Berlin">
          <Message digest={digest} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
