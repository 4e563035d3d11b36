// Where an initiative went ("merged into", "superseded by") and which ones live on in it, for the
// internal initiative page. Scoped by the viewer's right to read the internal portfolio.
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";

export async function getSuccession(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const row = await db.initiative.findUnique({
    where: { id: initiativeId },
    select: {
      successionKind: true,
      successor: { select: { code: true, title: true } },
      predecessors: { orderBy: { code: "asc" }, select: { code: true, title: true, successionKind: true } },
    },
  });
  if (!row) return null;
  return {
    kind: row.successionKind,
    successor: row.successor,
    predecessors: row.predecessors.flatMap((p) => (p.successionKind ? [{ code: p.code, title: p.title, kind: p.successionKind }] : [])),
  };
}

export type Succession = NonNullable<Awaited<ReturnType<typeof getSuccession>>>;
