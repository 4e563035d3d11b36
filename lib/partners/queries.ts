// Reads for partner management (admins), with how often each partner is referenced, so the page
// can tell which partners cannot be deleted.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

export async function listPartners(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "partner.manage");
  return db.partner.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      version: true,
      _count: { select: { initiatives: true, milestones: true } },
    },
  });
}

export type PartnerRow = Awaited<ReturnType<typeof listPartners>>[number];
