// /embed/fields/<slug> (?lang=en): a field of action's summary for another site's iframe: its
// public initiatives counted by health, overall progress, how many have overdue milestones.
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmbedCard } from "@/components/embed/embed-card";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isLocale, localePath } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import { toPercent } from "@/lib/initiatives/progress";
import { loadEmbedField } from "@/lib/public/embed-queries";

export const dynamic = "force-dynamic";

const HEALTHS = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const;

export default async function EmbedFieldPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "de";
  const prisma = await db();
  const field = await loadEmbedField(prisma, slug);
  if (!field) notFound();
  const [t, tHealth, brand] = await Promise.all([
    getTranslations({ locale, namespace: "embed" }),
    getTranslations({ locale, namespace: "health" }),
    getCityBrand(prisma),
  ]);
  const title = contentText(locale, field.title, field.titleEn);
  const percent = toPercent(field.progress);
  const health = HEALTHS.filter((h) => field.byHealth[h]).map((h) => `${tHealth(h)}: ${field.byHealth[h]}`).join(" · ");
  return (
    <EmbedCard
      testId="embed-field"
      title={`${field.code} · ${title.text}`}
      lang={title.lang}
      href={`${env().appUrl}${localePath(locale, `/fields/${field.slug}`)}`}
      more={t("more", { site: brand.siteTitle })}
      rows={[
        t("initiatives", { count: field.initiativeCount }) + (health ? ` (${health})` : ""),
        percent === null ? t("progressNone") : t("fieldProgress", { progress: `${percent} %` }),
        t("lateInitiatives", { count: field.lateCount }),
      ]}
    />
  );
}
