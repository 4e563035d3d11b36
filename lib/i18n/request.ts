// next-intl request configuration: the locale comes from the route (public site) when given,
// otherwise from the `locale` cookie (signed-in app), otherwise German.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config";

export default getRequestConfig(async ({ requestLocale }) => {
  let locale: Locale = defaultLocale;
  const requested = await requestLocale;
  if (isLocale(requested)) locale = requested;
  else {
    const fromCookie = (await cookies()).get("locale")?.value;
    if (isLocale(fromCookie)) locale = fromCookie;
  }
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Europe/Berlin" };
});
