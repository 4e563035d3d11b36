// What a partner contact sees (/app/partner): the initiatives they are assigned to (initiative
// member of role PARTNER_CONTACT), and on each only the milestones and KPIs their own partner is
// responsible for. Explicit selects: no budget, risk, report, comment or other partner's row, and of
// the initiative nothing but its code and title.
import { assertCan, type Actor } from "@/lib/authz/policy";
import { isoDate } from "@/lib/dates";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MILESTONE_ORDER } from "@/lib/milestones/records";

export type PartnerMilestone = { id: string; version: number; title: string; baselineDate: string; forecastDate: string; completedDate: string | null };
export type PartnerKpi = {
  id: string;
  name: string;
  unit: string;
  targetValue: number;
  targetDate: string;
  /** The latest recorded values, newest first. */
  recent: { id: string; periodDate: string; value: number }[];
};
export type PartnerInitiative = { id: string; code: string; title: string; milestones: PartnerMilestone[]; kpis: PartnerKpi[] };
export type PartnerWork = { partnerName: string | null; initiatives: PartnerInitiative[] };

const RECENT_VALUES = 3;

/** Rows whose responsible partner is the viewer's own partner (a relation filter, never an id from outside). */
function ofViewersPartner(viewerId: string) {
  return { responsiblePartner: { contacts: { some: { id: viewerId, role: "PARTNER_CONTACT" } } } } as const;
}

export async function getPartnerWork(db: Db, viewer: Actor): Promise<PartnerWork> {
  assertCan(viewer, "partnerWork.read");
  const me = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { partner: { select: { name: true } } } });
  const assigned: Prisma.InitiativeWhereInput = { archivedAt: null, members: { some: { userId: viewer.id, role: "PARTNER_CONTACT" } } };
  const rows = await db.initiative.findMany({
    where: assigned,
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      milestones: {
        where: ofViewersPartner(viewer.id),
        orderBy: [...MILESTONE_ORDER],
        select: { id: true, version: true, title: true, baselineDate: true, forecastDate: true, completedDate: true },
      },
      kpis: {
        where: ofViewersPartner(viewer.id),
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          unit: true,
          targetValue: true,
          targetDate: true,
          measurements: { orderBy: { periodDate: "desc" }, take: RECENT_VALUES, select: { id: true, periodDate: true, value: true } },
        },
      },
    },
  });
  return {
    partnerName: me.partner?.name ?? null,
    initiatives: rows.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title,
      milestones: i.milestones.map((m) => ({
        id: m.id,
        version: m.version,
        title: m.title,
        baselineDate: isoDate(m.baselineDate),
        forecastDate: isoDate(m.forecastDate),
        completedDate: m.completedDate ? isoDate(m.completedDate) : null,
      })),
      kpis: i.kpis.map((k) => ({
        id: k.id,
        name: k.name,
        unit: k.unit,
        targetValue: k.targetValue.toNumber(),
        targetDate: isoDate(k.targetDate),
        recent: k.measurements.map((v) => ({ id: v.id, periodDate: isoDate(v.periodDate), value: v.value.toNumber() })),
      })),
    })),
  };
}
