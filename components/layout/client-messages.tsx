// Provides client components with their messages (and only those): every signed-in page gets the
// app's common namespaces; a page whose client components need more wraps them in
// PageClientMessages with its entry of PAGE_CLIENT_NAMESPACES.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { APP_CLIENT_NAMESPACES, PAGE_CLIENT_NAMESPACES, PUBLIC_CLIENT_NAMESPACES, pickMessages, type ClientMessagesPage } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";

/**
 * next-intl's client provider for the whole document of the signed-in app and its sign-in pages
 * (their client components read the locale from it). Only there: the citizens' site's root layout
 * must not import it (components/layout/root-document.tsx).
 */
export async function RootClientMessages({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const messages = await getMessages({ locale });
  return <NextIntlClientProvider locale={locale} messages={pickMessages(messages, PUBLIC_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}

export async function AppClientMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, APP_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}

export async function PageClientMessages({ page, children }: { page: ClientMessagesPage; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...APP_CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES[page]])}>{children}</NextIntlClientProvider>;
}
