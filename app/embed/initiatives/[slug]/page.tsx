// /embed/initiatives/<slug> (?lang=en): a public initiative's status card for another site's
// iframe: title, status and health in words, progress, next milestone, overdue milestones.
// 404 for an internal, archived or unknown initiative.
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmbedCard } from "@/components/embed/embed-card";
import { getCityBrand } from "@/lib/branding/queries";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isLocale, localePath } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import { toPercent } from "@/lib/initiatives/progress";
import { loadEmbedInitiative } from "@/lib/public/embed-queries";

export const dynamic = "force-dynamic";

export default async function EmbedInitiativePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "de";
  const prisma = await db();
  const card = await loadEmbedInitiative(prisma, slug);
  if (!card) notFound();
  const [t, tStatus, tHealth, format, brand] = await Promise.all([
    getTranslations({ locale, namespace: "embed" }),
    getTranslations({ locale, namespace: "status" }),
    getTranslations({ locale, namespace: "health" }),
    getFormatter({ locale }),
    getCityBrand(prisma),
  ]);
  const title = contentText(locale, card.title, card.titleEn);
  const percent = toPercent(card.progress);
  const next = card.nextMilestone;
  const date = (d: Date) => format.dateTime(d, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return (
    <EmbedCard
      testId="embed-initiative"
      title={`${card.code} · ${title.text}`}
      lang={title.lang}
      href={`${env().appUrl}${localePath(locale, `/initiatives/${card.slug}`)}`}
      more={t("more", { site: brand.siteTitle })}
      rows={[
        `${tStatus(card.status)}${card.health ? ` · ${t("health", { health: tHealth(card.health) })}` : ""}`,
        percent === null ? t("progressNone") : t("progress", { progress: `${percent} %` }),
        next ? t("nextMilestone", { title: contentText(locale, next.title, next.titleEn).text, date: date(next.date) }) : t("noNextMilestone"),
        t("overdue", { count: card.overdueMilestones }),
      ]}
    />
  );
}
