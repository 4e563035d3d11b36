// "Not found" for an address no route matches outside the citizens' site and /app (those have
// their own catch-all pages): the app has two root layouts, so this page brings its own document.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import NotFound from "@/app/(internal)/not-found";
import { RootClientMessages } from "@/components/layout/client-messages";
import { RootDocument } from "@/components/layout/root-document";
import { isLocale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFoundTitle") };
}

export default async function GlobalNotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : "de";
  return (
    <RootDocument locale={locale}>
      <RootClientMessages locale={locale}>
        <NotFound />
      </RootClientMessages>
    </RootDocument>
  );
}
