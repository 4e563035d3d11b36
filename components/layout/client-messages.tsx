// Provides the signed-in app's client components with their messages (and only those).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { APP_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

export async function AppClientMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, APP_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
