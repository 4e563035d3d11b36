// Provides client components with their messages (and only those): every signed-in page gets the
// app's common namespaces; a page whose client components need more wraps them in
// PageClientMessages with its entry of PAGE_CLIENT_NAMESPACES.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { APP_CLIENT_NAMESPACES, PAGE_CLIENT_NAMESPACES, pickMessages, type ClientMessagesPage } from "@/lib/i18n/client-messages";

export async function AppClientMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, APP_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}

export async function PageClientMessages({ page, children }: { page: ClientMessagesPage; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...APP_CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES[page]])}>{children}</NextIntlClientProvider>;
}
