// What the embeddable status cards and badges show (/embed/…, app/embed): read from the same
// public, cached loaders as the initiative's and the field's public pages, reduced to a few
// figures. Only public initiatives (and the fields of the published plan); null otherwise.
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { getPublicField } from "./field-queries";
import { getPublicInitiative } from "./initiative-queries";

const SLUG = /^[a-z0-9-]{1,120}$/;

/** An initiative's status card: title, status and health, progress, next open milestone, overdue count. */
export async function loadEmbedInitiative(db: Db, slug: string, today: string = cityToday()) {
  if (!SLUG.test(slug)) return null;
  const i = await getPublicInitiative(db, slug, today);
  if (!i) return null;
  const open = i.milestones
    .filter((m) => m.completedDate === null)
    .map((m) => ({ title: m.title, titleEn: m.titleEn, date: m.forecastDate ?? m.baselineDate }))
    .filter((m): m is { title: string; titleEn: string | null; date: Date } => m.date !== null)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  return {
    slug: i.slug,
    code: i.code,
    title: i.title,
    titleEn: i.titleEn,
    status: i.status,
    // Health says nothing about an initiative that is finished or stopped.
    health: i.status === "COMPLETED" || i.status === "CANCELLED" ? null : i.health,
    progress: i.progress,
    overdueMilestones: i.overdueMilestones,
    // The earliest open one (overdue or not): what the initiative is working towards now.
    nextMilestone: open[0] ?? null,
  };
}

/** A field of action's summary: its public initiatives counted by health, progress, how many are late. */
export async function loadEmbedField(db: Db, slug: string, today: string = cityToday()) {
  if (!SLUG.test(slug)) return null;
  const f = await getPublicField(db, slug, today);
  if (!f) return null;
  return {
    slug: f.slug,
    code: f.code,
    title: f.title,
    titleEn: f.titleEn,
    initiativeCount: f.initiativeCount,
    progress: f.progress,
    byHealth: f.byHealth,
    lateCount: f.lateCount,
  };
}

export type EmbedInitiative = NonNullable<Awaited<ReturnType<typeof loadEmbedInitiative>>>;
export type EmbedField = NonNullable<Awaited<ReturnType<typeof loadEmbedField>>>;
