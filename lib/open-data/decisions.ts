// Open-data read of the council decisions (Ratsbeschlüsse): the decisions the citizens' pages show,
// i.e. flagged public and attached to something public (the published plan, one of its fields, a
// public initiative), newest first. Of what a decision is attached to only the public targets are
// named, so a public decision that also concerns an internal initiative does not reveal it. The
// rules and the selected fields are lib/public/decision-queries.ts's, so pages and open data agree.
// Two SQL statements plus one per selected relation, however many decisions there are.
import type { Db } from "@/lib/db/client";
import { firstPlan, publicDecisionLinkWhere, publicDecisionSelect, withDayAndLink } from "@/lib/public/decision-queries";
import type { DecisionRecord } from "./schemas";

export async function listDecisions(db: Db): Promise<DecisionRecord[]> {
  const plan = await firstPlan(db);
  const linkWhere = publicDecisionLinkWhere(plan?.id ?? null);
  const rows = await db.councilDecision.findMany({
    where: { isPublic: true, links: { some: linkWhere } },
    orderBy: [{ decidedOn: "desc" }, { number: "asc" }, { body: "asc" }],
    select: {
      ...publicDecisionSelect,
      links: {
        where: linkWhere,
        select: {
          masterplan: { select: { slug: true } },
          fieldOfAction: { select: { code: true, slug: true, sortOrder: true } },
          initiative: { select: { code: true, slug: true } },
        },
      },
    },
  });
  return rows.map(({ links, ...d }) => {
    const fields = links.flatMap((l) => (l.fieldOfAction ? [l.fieldOfAction] : [])).sort((a, b) => a.sortOrder - b.sortOrder);
    const initiatives = links.flatMap((l) => (l.initiative ? [l.initiative] : [])).sort((a, b) => a.code.localeCompare(b.code));
    return {
      ...withDayAndLink(d),
      attachedTo: {
        masterplan: links.find((l) => l.masterplan)?.masterplan?.slug ?? null,
        fields: fields.map(({ code, slug }) => ({ code, slug })),
        initiatives,
      },
    };
  });
}
