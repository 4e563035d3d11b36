// next-intl request configuration. The language is, in this order: one asked for explicitly
// (getTranslations({ locale }), e.g. the public language switch speaking the other language),
// the public site's URL (proxy.ts sets it for /… and /en/…), the `locale` cookie (signed-in
// app), German.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { withCityState } from "@/lib/funding/levels";
import { defaultLocale, isLocale, type Locale } from "./config";

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  let locale: Locale = defaultLocale;
  const requested = isLocale(explicit) ? explicit : await requestLocale;
  if (isLocale(requested)) locale = requested;
  else {
    const fromCookie = (await cookies()).get("locale")?.value;
    if (isLocale(fromCookie)) locale = fromCookie;
  }
  const messages = withCityState((await import(`./messages/${locale}.json`)).default, env().cityState);
  return { locale, messages, timeZone: "Europe/Berlin" };
});
