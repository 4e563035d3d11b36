// Who published what and when, for admins (issue 18, item 5), read from the audit log so it holds
// every way something became public: an approved publication request ("publish.published", with who
// asked), and a direct change while PUBLISH_REVIEW is off or before it existed (an initiative's
// visibility turned PUBLIC, a milestone's or KPI's public flag turned on, a council decision or
// document recorded or flagged public, a budget line created or flagged public). The audit log is the
// record; this is a view on it, newest first.
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

export type PublicationEvent = {
  id: string;
  at: Date;
  /** "publish.published" (approved request) or the direct change's action (e.g. "initiative.update"). */
  action: string;
  entityType: "Initiative" | "Milestone" | "Kpi" | "CouncilDecision" | "Document" | "BudgetLine";
  entityId: string | null;
  /** Code and title of what was published; null when it has been deleted since. */
  label: string | null;
  /** Who published: the approver, or who made the change. */
  actorName: string | null;
  /** Who asked, for an approved request. */
  requesterName: string | null;
  viaRequest: boolean;
};

/** The latest publications (at most `take`), newest first; admins only (audit.read). */
export async function listPublicationHistory(db: Db, viewer: Actor, take = 100): Promise<PublicationEvent[]> {
  assertCan(viewer, "audit.read");
  const rows = await db.$queryRaw<
    { id: string; at: Date; action: string; entity_type: PublicationEvent["entityType"]; entity_id: string | null; label: string | null; actor_name: string | null; requester_name: string | null }[]
  >(Prisma.sql`
    SELECT a.id::text AS id, a.at, a.action, a.entity_type, a.entity_id,
           COALESCE(i.code || ' ' || i.title, mi.code || ': ' || m.title, COALESCE(ki.code || ': ', '') || k.name,
                    cd.number || ' ' || cd.title, di.code || ': ' || dc.name,
                    bi.code || ': ' || bl.year || ', budget.source.' || bl.funding_source::text || COALESCE(', ' || bp.name, '')) AS label,
           COALESCE(u.name, a.actor_label) AS actor_name, r.name AS requester_name
    FROM audit_events a
    LEFT JOIN users u ON u.id = a.actor_id
    LEFT JOIN users r ON a.action = 'publish.published' AND r.id::text = a.after->>'requestedById'
    LEFT JOIN initiatives i ON a.entity_type = 'Initiative' AND i.id::text = a.entity_id
    LEFT JOIN milestones m ON a.entity_type = 'Milestone' AND m.id::text = a.entity_id
    LEFT JOIN initiatives mi ON mi.id = m.initiative_id
    LEFT JOIN kpis k ON a.entity_type = 'Kpi' AND k.id::text = a.entity_id
    LEFT JOIN initiatives ki ON ki.id = k.initiative_id
    LEFT JOIN council_decisions cd ON a.entity_type = 'CouncilDecision' AND cd.id::text = a.entity_id
    LEFT JOIN documents dc ON a.entity_type = 'Document' AND dc.id::text = a.entity_id
    LEFT JOIN initiatives di ON di.id = dc.initiative_id
    LEFT JOIN budget_lines bl ON a.entity_type = 'BudgetLine' AND bl.id::text = a.entity_id
    LEFT JOIN initiatives bi ON bi.id = bl.initiative_id
    LEFT JOIN funding_programmes bp ON bp.id = bl.programme_id
    WHERE a.action = 'publish.published'
       OR (a.entity_type = 'Initiative' AND a.after->>'visibility' = 'PUBLIC' AND COALESCE(a.before->>'visibility', '') <> 'PUBLIC')
       OR (a.entity_type IN ('Milestone', 'Kpi') AND a.after->>'isPublic' = 'true' AND a.before->>'isPublic' = 'false')
       OR (a.entity_type IN ('CouncilDecision', 'Document', 'BudgetLine') AND a.after->>'isPublic' = 'true' AND COALESCE(a.before->>'isPublic', 'false') = 'false')
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${take}`);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    label: r.label,
    actorName: r.actor_name,
    requesterName: r.requester_name,
    viaRequest: r.action === "publish.published",
  }));
}
