// /initiatives/<slug>/feed.xml (and /en/…): the latest public changes of one public initiative as
// an Atom feed; 404 for an unknown or internal initiative.
import { getTranslations } from "next-intl/server";
import { changesFeedResponse, FEED_SIZE } from "@/components/public/changes/change-feed";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { contentString } from "@/lib/i18n/content";
import { loadLatestChanges, loadPublicInitiativeRef } from "@/lib/public/changes";

export const dynamic = "force-dynamic";

export const PUBLIC_ROUTE_REASON = "Atom feed of one public initiative: only its published changes and public milestones";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const database = await db();
  const initiative = await loadPublicInitiativeRef(database, slug);
  if (!initiative) return new Response("Not found", { status: 404 });
  const changes = await loadLatestChanges(database, { initiativeSlug: initiative.slug, limit: FEED_SIZE });
  const t = await getTranslations({ locale, namespace: "publicChanges" });
  const path = `/initiatives/${initiative.slug}`;
  return changesFeedResponse({
    locale,
    changes,
    selfPath: `${path}/feed.xml`,
    alternatePath: path,
    title: t("initiativeFeedTitle", { code: initiative.code, title: contentString(locale, initiative.title, initiative.titleEn) }),
  });
}
