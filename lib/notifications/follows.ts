// "A followed initiative changed" (issue 13, item 2): for each follower, the initiatives they follow
// where someone else, since the follower last opened the page (InitiativeFollow.seenAt), changed
// the health, moved a milestone's forecast or had a status report approved. One item per
// initiative; its key carries the latest such event, so a newer change is news again while the same
// change is throttled like any item. Only active users; one query however many follows.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import type { Digest, DueItem, Recipient } from "./items";

/** The changes a follower hears about (the my-work page lists every change). */
const NEWS = Prisma.sql`(a.action IN ('milestone.moveForecast', 'statusReport.approve', 'initiative.health.fromReport')
  OR (a.action = 'initiative.update' AND (a.before->>'health') IS DISTINCT FROM (a.after->>'health')))`;

type Row = {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  initiative_id: string;
  code: string;
  title: string;
  changes: number;
  latest_id: bigint;
  latest_at: Date;
};

export async function loadFollowDigests(db: Db): Promise<Digest[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT f.user_id::text AS user_id, u.email, u.name, u.role, i.id::text AS initiative_id, i.code, i.title,
           COUNT(*)::int AS changes, MAX(a.id) AS latest_id, MAX(a.at) AS latest_at
    FROM initiative_follows f
    JOIN users u ON u.id = f.user_id AND u.active
    JOIN initiatives i ON i.id = f.initiative_id AND i.archived_at IS NULL
    JOIN audit_events a ON a.initiative_id = f.initiative_id AND a.at > f.seen_at
         AND a.actor_id IS DISTINCT FROM f.user_id AND ${NEWS}
    GROUP BY f.user_id, u.email, u.name, u.role, i.id, i.code, i.title
    ORDER BY u.email, i.code`;
  const digests = new Map<string, Digest>();
  for (const r of rows) {
    const recipient: Recipient = { userId: r.user_id, email: r.email, name: r.name, role: r.role };
    const item: DueItem & { via: "follower" } = {
      kind: "followedChanged",
      entityId: `${r.initiative_id}:${r.latest_id}`,
      initiativeId: r.initiative_id,
      initiativeCode: r.code,
      initiativeTitle: r.title,
      subject: r.title,
      date: r.latest_at.toISOString().slice(0, 10),
      path: `/app/initiatives/${encodeURIComponent(r.code)}`,
      note: String(r.changes),
      via: "follower",
    };
    const d = digests.get(r.user_id) ?? { recipient, items: [] };
    d.items.push(item);
    digests.set(r.user_id, d);
  }
  return [...digests.values()];
}

/** The chain's digests and the followers' news, one digest per person. */
export function mergeDigests(a: Digest[], b: Digest[]): Digest[] {
  const byUser = new Map(a.map((d) => [d.recipient.userId, { recipient: d.recipient, items: [...d.items] }]));
  for (const d of b) {
    const existing = byUser.get(d.recipient.userId);
    if (existing) existing.items.push(...d.items);
    else byUser.set(d.recipient.userId, { recipient: d.recipient, items: [...d.items] });
  }
  return [...byUser.values()].sort((x, y) => x.recipient.email.localeCompare(y.recipient.email));
}
