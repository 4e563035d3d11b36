// Reads of signed-in sessions: a user sees only their own active ones (account page); admins see
// how many each user has open (user administration).
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { describeUserAgent } from "./user-agent";

export async function listOwnSessions(db: Db, viewer: Actor | null | undefined, now: Date = new Date()) {
  assertCan(viewer, "session.manageOwn", { ownerId: viewer?.id });
  const rows = await db.userSession.findMany({
    where: { userId: viewer.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, address: true },
  });
  return rows
    .map((r) => ({ ...r, browser: describeUserAgent(r.userAgent), current: !!viewer.sessionId && r.id === viewer.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

export type OwnSessionRow = Awaited<ReturnType<typeof listOwnSessions>>[number];

/** user id → number of open sessions, for the user administration. */
export async function countOpenSessionsByUser(db: Db, viewer: Actor | null | undefined, now: Date = new Date()): Promise<Map<string, number>> {
  assertCan(viewer, "session.manageAll");
  const groups = await db.userSession.groupBy({ by: ["userId"], where: { revokedAt: null, expiresAt: { gt: now } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.userId, g._count._all]));
}
