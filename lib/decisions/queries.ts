// Reads of council decisions for the signed-in app: those attached to one initiative (its page),
// and the whole register with what each decision is attached to (/app/decisions). Every signed-in
// role may read them (portfolio.read); who may change them is answered here for the forms, the
// actions check again.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { councilInfoUrl } from "./link";
import { decisionSelect, decisionSnapshot } from "./mutations";

const order = [{ decidedOn: "desc" as const }, { number: "asc" as const }];

export type DecisionView = ReturnType<typeof decisionSnapshot> & { url: string | null };
const view = (d: Parameters<typeof decisionSnapshot>[0]): DecisionView => {
  const s = decisionSnapshot(d);
  return { ...s, url: councilInfoUrl(env().councilInfoUrlTemplate, s.number) };
};

/** The decisions attached to an initiative (newest first), whether the viewer may attach and detach, and the register to attach from. */
export async function listInitiativeDecisions(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const links = await db.councilDecisionLink.findMany({
    where: { initiativeId },
    orderBy: { decision: { decidedOn: "desc" } },
    select: { id: true, decision: { select: decisionSelect } },
  });
  const canAttach = can(viewer, "councilDecision.attach", facts);
  const attachedIds = new Set(links.map((l) => l.decision.id));
  const choices = canAttach
    ? (await db.councilDecision.findMany({ orderBy: order, select: { id: true, body: true, number: true, title: true, decidedOn: true } }))
        .filter((d) => !attachedIds.has(d.id))
        .map((d) => ({ id: d.id, label: `${d.number} · ${d.decidedOn.toISOString().slice(0, 10)} · ${d.body}: ${d.title}` }))
    : [];
  return { decisions: links.map((l) => ({ linkId: l.id, ...view(l.decision) })), canAttach, choices };
}

/** The whole register for /app/decisions: every decision with what it is attached to. */
export async function listDecisionRegister(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "portfolio.read");
  const [rows, masterplan, fields] = await Promise.all([
    db.councilDecision.findMany({
      orderBy: order,
      select: {
        ...decisionSelect,
        links: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            masterplan: { select: { title: true } },
            fieldOfAction: { select: { code: true, title: true } },
            initiative: { select: { code: true, title: true } },
          },
        },
      },
    }),
    db.masterplan.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, title: true } }),
    db.fieldOfAction.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true } }),
  ]);
  return {
    canManage: can(viewer, "councilDecision.manage"),
    masterplan,
    fields,
    decisions: rows.map(({ links, ...d }) => ({
      ...view(d),
      links: links.map((l) => ({
        id: l.id,
        kind: l.initiative ? ("initiative" as const) : l.fieldOfAction ? ("field" as const) : ("masterplan" as const),
        label: l.initiative ? `${l.initiative.code} ${l.initiative.title}` : l.fieldOfAction ? `${l.fieldOfAction.code} ${l.fieldOfAction.title}` : (l.masterplan?.title ?? ""),
        href: l.initiative ? `/app/initiatives/${l.initiative.code}` : null,
      })),
    })),
  };
}
