// Reads for the public field-of-action pages (Handlungsfeld): the list of fields and one field
// with its public initiatives (compact rows) and public KPIs. Explicit public fields only, no ids
// returned; a fixed number of queries whatever the number of initiatives.
import { cityToday } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import { cachedPublic } from "./cache";
import { loadPublicKpis, NO_FIGURES, publicInitiativeFigures, publicInitiativeWhere, publicProgress } from "./initiative-queries";
import { summarize } from "./queries";

export async function loadPublicField(db: Db, slug: string, today: string = cityToday()) {
  // The first masterplan is the published one (as on the overview).
  const plan = await db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!plan) return null;
  const field = await db.fieldOfAction.findFirst({
    where: { masterplanId: plan.id, slug },
    select: { id: true, code: true, slug: true, title: true, titleEn: true, description: true, descriptionEn: true },
  });
  if (!field) return null;
  const initiatives = await db.initiative.findMany({
    where: { ...publicInitiativeWhere, fieldOfActionId: field.id },
    orderBy: { code: "asc" },
    select: { id: true, code: true, slug: true, title: true, titleEn: true, summary: true, summaryEn: true, status: true, health: true },
  });
  const [figures, kpis] = await Promise.all([
    publicInitiativeFigures(
      db,
      initiatives.map((i) => i.id),
      today,
    ),
    loadPublicKpis(db, { fieldOfActionId: field.id }),
  ]);
  const rows = initiatives.map(({ id, ...i }) => {
    const own = figures.get(id) ?? NO_FIGURES;
    return { ...i, progress: publicProgress(i.status, own), overdueMilestones: own.overdueMilestones, lastUpdated: own.lastUpdated };
  });
  const { id: _id, ...rest } = field;
  return {
    ...rest,
    ...summarize(rows),
    initiatives: rows,
    kpis,
  };
}

/** One field of action's page data, cached until the next committed change; null for an unknown slug. */
export function getPublicField(db: Db, slug: string, today: string = cityToday()) {
  return cachedPublic(db, `field:${slug}:${today}`, () => loadPublicField(db, slug, today));
}

export type PublicField = NonNullable<Awaited<ReturnType<typeof loadPublicField>>>;

