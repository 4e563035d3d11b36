// Ending signed-in sessions: own ones from the account page, all of a user's by an admin, never
// somebody else's; each audited; an ended session's token is refused; the housekeeping job prunes.
import { describe, expect, it } from "vitest";
import { checkToken, issueToken, type SessionToken } from "@/lib/auth/session-token";
import type { Actor } from "@/lib/authz/policy";
import { jobsCommand } from "@/lib/jobs/cli";
import { actorFor, demoFixture } from "@/tests/db";
import { endOtherSessionsAction, endOwnSessionAction, endUserSessionsAction } from "./mutations";
import { countOpenSessionsByUser, listOwnSessions } from "./queries";
import { describeUserAgent } from "./user-agent";

const HOUR = 3600;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const demo = demoFixture();

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Signs `email` in `n` times (n browsers); returns the tokens and the actor of the first one. */
async function signIn(email: string, userAgents: string[]): Promise<{ tokens: SessionToken[]; actor: Actor }> {
  const actor = await actorFor(demo.t, email);
  const tokens: SessionToken[] = [];
  for (const userAgent of userAgents) tokens.push((await issueToken(demo.prisma, actor.id, nowSeconds(), { userAgent, address: "192.0.2.10" }))!);
  return { tokens, actor: { ...actor, sessionId: tokens[0]!.sid } };
}

const valid = async (token: SessionToken) => (await checkToken(demo.prisma, token, nowSeconds(), 10 * HOUR)).valid;

describe("own sessions", () => {
  it("lists the user's active sessions, this one first and marked, with browser and address", async () => {
    const { tokens, actor } = await signIn("rat@demo.masterplan.example", [FIREFOX, SAFARI]);
    const other = await signIn("betrachter@demo.masterplan.example", [FIREFOX]);
    const rows = await listOwnSessions(demo.prisma, actor);
    expect(rows.map((r) => r.id)).toEqual([tokens[0]!.sid, tokens[1]!.sid]);
    expect(rows[0]).toMatchObject({ current: true, browser: "Firefox · Windows", address: "192.0.2.10" });
    expect(rows[1]).toMatchObject({ current: false, browser: "Safari · iOS" });
    expect(rows.map((r) => r.id)).not.toContain(other.tokens[0]!.sid);
    await expect(listOwnSessions(demo.prisma, null)).rejects.toThrow(/Sign in/);
  });

  it("ends one of the own sessions: its token is refused at once, the others stay; audited", async () => {
    const { tokens, actor } = await signIn("projektleitung@demo.masterplan.example", [FIREFOX, SAFARI]);
    const r = await endOwnSessionAction.execute(actor, { id: tokens[1]!.sid }, { db: demo.prisma });
    expect(r).toEqual({ ok: true, data: { current: false } });
    expect(await valid(tokens[1]!)).toBe(false);
    expect(await valid(tokens[0]!)).toBe(true);
    expect(await demo.prisma.userSession.findUniqueOrThrow({ where: { id: tokens[1]!.sid! } })).toMatchObject({ revokedReason: "ENDED_BY_USER" });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "session.end", actorId: actor.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ entityType: "User", entityId: actor.id });
    expect((await listOwnSessions(demo.prisma, actor)).map((s) => s.id)).toEqual([tokens[0]!.sid]);
    // Ending it again: already ended.
    expect(await endOwnSessionAction.execute(actor, { id: tokens[1]!.sid }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses to end another user's session (also for an admin) and an unknown one; the session stays valid", async () => {
    const victim = await signIn("abteilungsleitung@demo.masterplan.example", [FIREFOX]);
    const viewer = await actorFor(demo.t, "betrachter@demo.masterplan.example");
    const admin = await actorFor(demo.t, "admin@demo.masterplan.example");
    for (const actor of [viewer, admin]) {
      const r = await endOwnSessionAction.execute(actor, { id: victim.tokens[0]!.sid }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await endOwnSessionAction.execute(viewer, { id: "no-such-session" }, { db: demo.prisma })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await valid(victim.tokens[0]!)).toBe(true);
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: viewer.id, entityId: "session.end" } })).toBe(1);
  });

  it("ends all other sessions and keeps this one", async () => {
    const { tokens, actor } = await signIn("tobias.kraemer@demo.masterplan.example", [FIREFOX, SAFARI, FIREFOX]);
    const r = await endOtherSessionsAction.execute(actor, { userId: "ignored" }, { db: demo.prisma });
    expect(r).toEqual({ ok: true, data: { ended: 2 } });
    expect(await Promise.all(tokens.map(valid))).toEqual([true, false, false]);
    expect(await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "session.endOthers", entityId: actor.id } })).toMatchObject({
      after: { ended: 2, reason: "ENDED_BY_USER" },
    });
    // Nothing left to end: no change, no audit event.
    expect(await endOtherSessionsAction.execute(actor, {}, { db: demo.prisma })).toEqual({ ok: true, data: { ended: 0 } });
    expect(await demo.prisma.auditEvent.count({ where: { action: "session.endOthers", entityId: actor.id } })).toBe(1);
  });
});

describe("all sessions of a user (administration)", () => {
  it("an admin ends all sessions of a user; audited; the user may sign in again", async () => {
    const target = await signIn("markus.terhorst@demo.masterplan.example", [FIREFOX, SAFARI]);
    const admin = await actorFor(demo.t, "admin@demo.masterplan.example");
    expect((await countOpenSessionsByUser(demo.prisma, admin)).get(target.actor.id)).toBe(2);
    const r = await endUserSessionsAction.execute(admin, { id: target.actor.id }, { db: demo.prisma });
    expect(r).toEqual({ ok: true, data: { ended: 2 } });
    expect(await Promise.all(target.tokens.map(valid))).toEqual([false, false]);
    expect((await countOpenSessionsByUser(demo.prisma, admin)).get(target.actor.id)).toBeUndefined();
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.endSessions", entityId: target.actor.id } });
    expect(event).toMatchObject({ actorId: admin.id, after: { ended: 2, reason: "ENDED_BY_ADMIN" } });
    const again = await signIn("markus.terhorst@demo.masterplan.example", [FIREFOX]);
    expect(await valid(again.tokens[0]!)).toBe(true);
  });

  it("an admin ending their own sessions keeps the one in use", async () => {
    const { tokens, actor } = await signIn("admin@demo.masterplan.example", [FIREFOX, SAFARI]);
    expect(await endUserSessionsAction.execute(actor, { id: actor.id }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await Promise.all(tokens.map(valid))).toEqual([true, false]);
  });

  it("is refused to everyone but admins", async () => {
    const target = await signIn("sabine.nowak@demo.masterplan.example", [FIREFOX]);
    for (const email of ["abteilungsleitung@demo.masterplan.example", "rat@demo.masterplan.example", "betrachter@demo.masterplan.example"]) {
      const r = await endUserSessionsAction.execute(await actorFor(demo.t, email), { id: target.actor.id }, { db: demo.prisma });
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await expect(countOpenSessionsByUser(demo.prisma, await actorFor(demo.t, "rat@demo.masterplan.example"))).rejects.toThrow();
    expect(await valid(target.tokens[0]!)).toBe(true);
  });
});

describe("other ways sessions end", () => {
  it("deactivation, a role change and a temporary password revoke the user's session rows", async () => {
    const admin = await actorFor(demo.t, "admin@demo.masterplan.example");
    const { deactivateUserAction, updateUserAction, issueTemporaryPasswordAction } = await import("@/lib/users/mutations");
    const reason = async (sid: string) => (await demo.prisma.userSession.findUniqueOrThrow({ where: { id: sid } })).revokedReason;

    const u1 = await demo.prisma.user.create({ data: { email: "s1@test.example", name: "Sitzung Eins" } });
    const s1 = (await issueToken(demo.prisma, u1.id, nowSeconds()))!;
    expect(await deactivateUserAction.execute(admin, { id: u1.id, version: u1.version }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await reason(s1.sid!)).toBe("DEACTIVATED");

    const u2 = await demo.prisma.user.create({ data: { email: "s2@test.example", name: "Sitzung Zwei" } });
    const s2 = (await issueToken(demo.prisma, u2.id, nowSeconds()))!;
    expect(await updateUserAction.execute(admin, { id: u2.id, version: u2.version, name: u2.name, role: "COUNCIL_MEMBER", departmentId: "" }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await reason(s2.sid!)).toBe("ACCESS_CHANGED");

    const u3 = await demo.prisma.user.create({ data: { email: "s3@test.example", name: "Sitzung Drei" } });
    const s3 = (await issueToken(demo.prisma, u3.id, nowSeconds()))!;
    expect(await issueTemporaryPasswordAction.execute(admin, { id: u3.id }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await reason(s3.sid!)).toBe("PASSWORD_RESET");
  });
});

describe("housekeeping", () => {
  it("prunes sessions ended or expired more than 30 days ago, keeps the rest", async () => {
    const u = await demo.prisma.user.create({ data: { email: "prune@test.example", name: "Prune Test" } });
    const now = new Date("2026-11-25T10:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await demo.prisma.userSession.deleteMany();
    await demo.prisma.userSession.createMany({
      data: [
        { id: "old-revoked", userId: u.id, lastSeenAt: daysAgo(40), expiresAt: daysAgo(39), revokedAt: daysAgo(31) },
        { id: "old-expired", userId: u.id, lastSeenAt: daysAgo(40), expiresAt: daysAgo(31) },
        { id: "recent-revoked", userId: u.id, lastSeenAt: daysAgo(29), expiresAt: daysAgo(28), revokedAt: daysAgo(29) },
        { id: "open", userId: u.id, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3600_000) },
      ],
    });
    const dry = await jobsCommand(demo.prisma, ["run", "prune-sessions", "--dry-run"], now, "Europe/Berlin");
    expect(dry.lines[0]).toMatch(/^prune-sessions: would delete 2 sessions/);
    expect(await demo.prisma.userSession.count()).toBe(4);
    const run = await jobsCommand(demo.prisma, ["run", "prune-sessions"], now, "Europe/Berlin");
    expect(run.lines[0]).toMatch(/^prune-sessions: deleted 2 sessions/);
    expect((await demo.prisma.userSession.findMany({ orderBy: { id: "asc" } })).map((s) => s.id)).toEqual(["open", "recent-revoked"]);
  });
});

describe("describeUserAgent", () => {
  it("names browser and system, and falls back to the raw text", () => {
    expect(describeUserAgent(FIREFOX)).toBe("Firefox · Windows");
    expect(describeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toBe("Chrome · Linux");
    expect(describeUserAgent("curl/8.5.0")).toBe("curl/8.5.0");
    expect(describeUserAgent(null)).toBeNull();
  });
});
