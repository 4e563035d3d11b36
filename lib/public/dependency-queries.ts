// The public side of dependencies (lib/dependencies): what a public initiative depends on and what
// depends on it, between public initiatives only. A dependency through a milestone counts only when
// that milestone is public too; it is told at the initiative's level ("Hängt ab von: 5G-Modellregion
// und Campusnetze"). Explicit selects of public fields; nothing of an internal initiative is read.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublic } from "./cache";
import { publicInitiativeWhere } from "./initiative-queries";

export type PublicDependencyLink = { slug: string; code: string; title: string; titleEn: string | null };

const linkSelect = { slug: true, code: true, title: true, titleEn: true } as const satisfies Prisma.InitiativeSelect;

/** Both sides public: the initiatives, and the milestones where a side is one. */
const bothPublic = {
  predecessorInitiative: publicInitiativeWhere,
  successorInitiative: publicInitiativeWhere,
  AND: [
    { OR: [{ predecessorMilestoneId: null }, { predecessorMilestone: { isPublic: true } }] },
    { OR: [{ successorMilestoneId: null }, { successorMilestone: { isPublic: true } }] },
  ],
} satisfies Prisma.DependencyWhereInput;

const unique = (links: PublicDependencyLink[]) => [...new Map(links.map((l) => [l.slug, l])).values()].sort((a, b) => a.code.localeCompare(b.code));

async function loadPublicDependencies(db: Db, slug: string) {
  const [dependsOn, neededBy] = await Promise.all([
    db.dependency.findMany({ where: { ...bothPublic, successorInitiative: { ...publicInitiativeWhere, slug } }, select: { predecessorInitiative: { select: linkSelect } } }),
    db.dependency.findMany({ where: { ...bothPublic, predecessorInitiative: { ...publicInitiativeWhere, slug } }, select: { successorInitiative: { select: linkSelect } } }),
  ]);
  return {
    dependsOn: unique(dependsOn.map((d) => d.predecessorInitiative).filter((l) => l.slug !== slug)),
    neededBy: unique(neededBy.map((d) => d.successorInitiative).filter((l) => l.slug !== slug)),
  };
}

/** A public initiative's public dependencies by its slug (empty lists for anything else). */
export function getPublicDependencies(db: Db, slug: string) {
  return cachedPublic(db, `dependencies:${slug}`, () => loadPublicDependencies(db, slug));
}

export type PublicDependencies = Awaited<ReturnType<typeof getPublicDependencies>>;
