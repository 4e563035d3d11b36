import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture } from "@/tests/db";
import { createTokenAction, revokeTokenAction } from "./mutations";
import { listOwnTokens } from "./queries";
import { actorFromBearer, LAST_USED_INTERVAL_MS, parseBearer } from "./verify";

const demo = demoFixture();
let lead: Actor;
let viewer: Actor;

async function sessionActor(email: string): Promise<Actor> {
  const u = await demo.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, departmentId: true } });
  return { ...u, via: "session" };
}

async function createToken(owner: Actor, input: Record<string, unknown> = {}) {
  const result = await createTokenAction.execute(owner, { name: "Test", scopes: ["READ"], ...input }, { db: demo.prisma });
  if (!result.ok) throw new Error(`createToken failed: ${JSON.stringify(result)}`);
  return result.data;
}

const DAY = 86_400_000;

beforeAll(async () => {
  lead = await sessionActor("projektleitung@demo.masterplan.example");
  viewer = await sessionActor("betrachter@demo.masterplan.example");
});

describe("createTokenAction", () => {
  it("returns the secret once and stores only its SHA-256 and a short prefix", async () => {
    const before = Date.now();
    const created = await createToken(lead, { name: "KPI-Import", scopes: ["READ", "KPI_WRITE"], expiresInDays: 30 });
    expect(created.token).toMatch(/^mm_[A-Za-z0-9_-]{43}$/);

    const row = await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.userId).toBe(lead.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(row.prefix).toBe(created.token.slice(3, 11));
    expect(row.scopes.sort()).toEqual(["KPI_WRITE", "READ"]);
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 30 * DAY);

    const audit = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "token.create", entityId: created.id } });
    expect(audit.actorId).toBe(lead.id);
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).not.toContain(created.token.slice(3));
    expect(recorded).not.toContain(row.tokenHash);
    expect(audit.after).toMatchObject({ name: "KPI-Import", prefix: row.prefix });

    // Listing never shows the secret or its hash again.
    const listed = (await listOwnTokens(demo.prisma, lead)).find((x) => x.id === created.id)!;
    expect(listed).toMatchObject({ name: "KPI-Import", prefix: row.prefix, state: "active", lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toMatch(new RegExp(`${created.token.slice(3)}|${row.tokenHash}|tokenHash`));
  });

  it("expires after 90 days unless told otherwise", async () => {
    const created = await createToken(viewer);
    const row = await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / DAY)).toBe(90);
  });

  it("rejects a token without scopes, with an unknown scope or an expiry beyond 365 days", async () => {
    const none = await createTokenAction.execute(lead, { name: "x", expiresInDays: "30" }, { db: demo.prisma, locale: "en" });
    expect(none).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!none.ok && none.fieldErrors?.scopes).toBeTruthy();
    const unknown = await createTokenAction.execute(lead, { name: "x", scopes: ["ADMIN"] }, { db: demo.prisma });
    expect(!unknown.ok && unknown.fieldErrors?.["scopes.0"]).toBeTruthy();
    const tooLong = await createTokenAction.execute(lead, { name: "x", scopes: "READ", expiresInDays: "366" }, { db: demo.prisma });
    expect(!tooLong.ok && tooLong.fieldErrors?.expiresInDays).toBeTruthy();
  });

  it("cannot be used through a token: a leaked token cannot mint successors", async () => {
    const created = await createToken(lead, { scopes: ["READ", "KPI_WRITE"] });
    const tokenActor = await actorFromBearer(demo.prisma, `Bearer ${created.token}`);
    expect(tokenActor).not.toBeNull();
    const result = await createTokenAction.execute(tokenActor, { name: "child", scopes: ["READ"] }, { db: demo.prisma });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("revokeTokenAction", () => {
  it("lets the owner revoke a token, after which it no longer authenticates", async () => {
    const created = await createToken(lead);
    expect(await actorFromBearer(demo.prisma, `Bearer ${created.token}`)).not.toBeNull();
    const result = await revokeTokenAction.execute(lead, { id: created.id }, { db: demo.prisma });
    expect(result.ok && result.data.revokedAt).toBeInstanceOf(Date);
    expect(await actorFromBearer(demo.prisma, `Bearer ${created.token}`)).toBeNull();
    expect(await demo.prisma.auditEvent.count({ where: { action: "token.revoke", entityId: created.id, actorId: lead.id } })).toBe(1);
    expect((await listOwnTokens(demo.prisma, lead)).find((x) => x.id === created.id)?.state).toBe("revoked");
  });

  it("answers CONFLICT when the token is already revoked", async () => {
    const created = await createToken(lead);
    await revokeTokenAction.execute(lead, { id: created.id }, { db: demo.prisma });
    expect(await revokeTokenAction.execute(lead, { id: created.id }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("forbids revoking another user's token, even with its id", async () => {
    const mine = await createToken(viewer);
    const result = await revokeTokenAction.execute(lead, { id: mine.id }, { db: demo.prisma });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: mine.id } })).revokedAt).toBeNull();
    expect(await actorFromBearer(demo.prisma, `Bearer ${mine.token}`)).not.toBeNull();
    expect(await demo.prisma.auditEvent.count({ where: { action: "authz.denied", actorId: lead.id, entityId: "token.revoke" } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown token", async () => {
    const result = await revokeTokenAction.execute(lead, { id: "0190aaaa-0000-7000-8000-000000000000" }, { db: demo.prisma });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("listOwnTokens", () => {
  it("lists only the viewer's own tokens", async () => {
    const theirs = await createToken(viewer, { name: "Betrachter-Token" });
    const own = await listOwnTokens(demo.prisma, lead);
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((x) => x.id)).not.toContain(theirs.id);
    const ownIds = new Set((await demo.prisma.apiToken.findMany({ where: { userId: lead.id }, select: { id: true } })).map((x) => x.id));
    for (const row of own) expect(ownIds.has(row.id)).toBe(true);
  });

  it("refuses an anonymous viewer and a token", async () => {
    await expect(listOwnTokens(demo.prisma, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const created = await createToken(lead);
    const tokenActor = await actorFromBearer(demo.prisma, `Bearer ${created.token}`);
    await expect(listOwnTokens(demo.prisma, tokenActor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("actorFromBearer", () => {
  it("returns the token's user with the token's scopes", async () => {
    const created = await createToken(lead, { scopes: ["KPI_WRITE"] });
    expect(await actorFromBearer(demo.prisma, `Bearer ${created.token}`)).toEqual({
      id: lead.id,
      role: lead.role,
      departmentId: lead.departmentId,
      via: "token",
      scopes: ["KPI_WRITE"],
      tokenId: created.id,
      mustChangePassword: false,
    });
  });

  it("gives null for an expired token", async () => {
    const created = await createToken(lead, { expiresInDays: 1 });
    expect(await actorFromBearer(demo.prisma, `Bearer ${created.token}`, new Date(Date.now() + 2 * DAY))).toBeNull();
  });

  it("gives null for a token of a deactivated user", async () => {
    const created = await createToken(viewer);
    await demo.prisma.user.update({ where: { id: viewer.id }, data: { active: false } });
    try {
      expect(await actorFromBearer(demo.prisma, `Bearer ${created.token}`)).toBeNull();
    } finally {
      await demo.prisma.user.update({ where: { id: viewer.id }, data: { active: true } });
    }
  });

  it("gives null for missing, malformed and unknown tokens", async () => {
    const created = await createToken(lead);
    for (const header of [null, "", "Basic Zm9vOmJhcg==", created.token, `Bearer ${created.token}x`, "Bearer mm_short", `Bearer ${"mm_" + "A".repeat(43)}`]) {
      expect(await actorFromBearer(demo.prisma, header)).toBeNull();
    }
    expect(parseBearer(`bearer  ${created.token}`)).toBe(created.token);
  });

  it("records lastUsedAt and a token.used audit event at most once a minute", async () => {
    const created = await createToken(lead);
    const header = `Bearer ${created.token}`;
    const used = () => demo.prisma.auditEvent.count({ where: { action: "token.used", entityId: created.id } });
    const lastUsedAt = async () => (await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt;
    const t0 = new Date();

    await actorFromBearer(demo.prisma, header, t0, { requestId: "req-token-used-1" });
    expect(await lastUsedAt()).toEqual(t0);
    expect(await used()).toBe(1);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "token.used", entityId: created.id } });
    expect(event).toMatchObject({ actorId: lead.id, actorLabel: `token:${created.id}`, requestId: "req-token-used-1" });

    await actorFromBearer(demo.prisma, header, new Date(t0.getTime() + 30_000));
    expect(await lastUsedAt()).toEqual(t0);
    expect(await used()).toBe(1);

    const later = new Date(t0.getTime() + LAST_USED_INTERVAL_MS + 1_000);
    await actorFromBearer(demo.prisma, header, later);
    expect(await lastUsedAt()).toEqual(later);
    expect(await used()).toBe(2);
  });

  it("records one use when several requests arrive at once", async () => {
    const created = await createToken(lead);
    const now = new Date();
    await Promise.all(Array.from({ length: 5 }, () => actorFromBearer(demo.prisma, `Bearer ${created.token}`, now)));
    expect(await demo.prisma.auditEvent.count({ where: { action: "token.used", entityId: created.id } })).toBe(1);
  });
});
