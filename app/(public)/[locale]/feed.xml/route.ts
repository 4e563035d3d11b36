// /feed.xml and /en/feed.xml: the latest public changes of the whole masterplan as an Atom feed.
import { getTranslations } from "next-intl/server";
import { changesFeedResponse, FEED_SIZE } from "@/components/public/changes/change-feed";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { loadLatestChanges } from "@/lib/public/changes";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "Atom feed of the citizens' site: only published changes of public initiatives and milestones";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const database = await db();
  const [changes, brand] = await Promise.all([loadLatestChanges(database, { limit: FEED_SIZE }), getCityBrand(database)]);
  const t = await getTranslations({ locale, namespace: "publicChanges" });
  return changesFeedResponse({ locale, changes, selfPath: "/feed.xml", alternatePath: "/changes", title: t("feedTitle", { site: brand.siteTitle }), subtitle: t("feedSubtitle") });
}
