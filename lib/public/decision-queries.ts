// Public reads of council decisions and documents: what a citizen sees on the pages of the plan, a
// field of action and an initiative. A decision shows only when flagged public and attached to
// something public; a document only when flagged public, of a public initiative, and (for a
// report's document) of a report whose public summary is published. Explicit public fields only.
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { councilInfoUrl } from "@/lib/decisions/link";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";

export const publicDecisionSelect = { body: true, number: true, decidedOn: true, title: true, titleEn: true, outcome: true } satisfies Prisma.CouncilDecisionSelect;

/** The published plan is the first masterplan (as on the overview). */
export const firstPlan = (db: Db) => db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });

/** A link to something public: the published plan, one of its fields, or a public initiative. */
export const publicDecisionLinkWhere = (planId: string | null): Prisma.CouncilDecisionLinkWhereInput => ({
  OR: [...(planId ? [{ masterplanId: planId }, { fieldOfAction: { masterplanId: planId } }] : []), { initiative: publicInitiativeWhere }],
});

/** The decision's day as YYYY-MM-DD and its link in the council information system. */
export function withDayAndLink<D extends { decidedOn: Date; number: string }>(d: D) {
  return { ...d, decidedOn: d.decidedOn.toISOString().slice(0, 10), url: councilInfoUrl(env().councilInfoUrlTemplate, d.number) };
}

async function decisionsWhere(db: Db, links: Prisma.CouncilDecisionLinkWhereInput) {
  const rows = await db.councilDecision.findMany({
    where: { isPublic: true, links: { some: links } },
    orderBy: [{ decidedOn: "desc" }, { number: "asc" }],
    select: publicDecisionSelect,
  });
  return rows.map(withDayAndLink);
}

export type PublicDecision = Awaited<ReturnType<typeof decisionsWhere>>[number];

export async function loadPublicPlanDecisions(db: Db) {
  const plan = await firstPlan(db);
  return plan ? decisionsWhere(db, { masterplanId: plan.id }) : [];
}

export async function loadPublicFieldDecisions(db: Db, fieldSlug: string) {
  const plan = await firstPlan(db);
  return plan ? decisionsWhere(db, { fieldOfAction: { masterplanId: plan.id, slug: fieldSlug } }) : [];
}

export function loadPublicInitiativeDecisions(db: Db, initiativeSlug: string) {
  return decisionsWhere(db, { initiative: { ...publicInitiativeWhere, slug: initiativeSlug } });
}

/** Which documents the public may see and download (the download route asks the same). */
export const publicDocumentWhere = {
  isPublic: true,
  initiative: publicInitiativeWhere,
  OR: [{ statusReportId: null }, { statusReport: { state: "APPROVED", publicSummary: { not: "" } } }],
} satisfies Prisma.DocumentWhereInput;

/** A public document's fields (its id is only the download link's). */
export const publicDocumentSelect = { name: true, contentType: true, size: true, statusReport: { select: { period: true } } } satisfies Prisma.DocumentSelect;

export async function loadPublicInitiativeDocuments(db: Db, initiativeSlug: string) {
  const rows = await db.document.findMany({
    where: { ...publicDocumentWhere, initiative: { ...publicInitiativeWhere, slug: initiativeSlug } },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, ...publicDocumentSelect },
  });
  return rows.map(({ statusReport, ...d }) => ({ ...d, period: statusReport?.period ?? null }));
}

export type PublicDocument = Awaited<ReturnType<typeof loadPublicInitiativeDocuments>>[number];

export const getPublicPlanDecisions = (db: Db) => cachedPublic(db, "decisions:plan", () => loadPublicPlanDecisions(db));
export const getPublicFieldDecisions = (db: Db, slug: string) => cachedPublic(db, `decisions:field:${slug}`, () => loadPublicFieldDecisions(db, slug));
export const getPublicInitiativeDecisions = (db: Db, slug: string) => cachedPublic(db, `decisions:initiative:${slug}`, () => loadPublicInitiativeDecisions(db, slug));
export const getPublicInitiativeDocuments = (db: Db, slug: string) => cachedPublic(db, `documents:initiative:${slug}`, () => loadPublicInitiativeDocuments(db, slug));
