import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/password-reset/route";
import { authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture } from "@/tests/db";
import { createTokenAction } from "@/lib/tokens/mutations";
import { createUserAction, issuePasswordResetLinkAction } from "./mutations";
import { isResetLinkUsable, RESET_LINK_TTL_MS, redeemResetLink } from "./password-reset";

const NEW_PASSWORD = "Rheinufer Laterne Kompass 42";
const demo = demoFixture();
let admin: Actor;
let counter = 0;

beforeAll(async () => {
  const a = await demo.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.masterplan.example" } });
  admin = { id: a.id, role: a.role, departmentId: a.departmentId, via: "session" };
});

/** Invites a new user as the admin and returns the user's id and the token of their link. */
async function invite() {
  const r = await createUserAction.execute(admin, { email: `invitee${++counter}@stadt.example`, name: `Eingeladene Person ${counter}`, role: "VIEWER" }, { db: demo.prisma });
  if (!r.ok) throw new Error(r.message);
  return { userId: r.data.user.id, email: r.data.user.email, token: r.data.path.split("/").pop()! };
}

describe("redeemResetLink", () => {
  it("sets the password once, ends sessions, audits as reset-link; the user can then sign in", async () => {
    const { userId, email, token } = await invite();
    expect(await isResetLinkUsable(demo.prisma, token)).toBe(true);
    const r = await redeemResetLink(demo.prisma, { token, password: NEW_PASSWORD }, { requestId: "req-reset-1" });
    expect(r).toEqual({ ok: true, userId });

    const user = await demo.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(user).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
    const login = await authenticate(demo.prisma, { email, password: NEW_PASSWORD, ip: "203.0.113.77" });
    expect(login.ok).toBe(true);

    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-reset-1" } });
    expect(event).toMatchObject({ action: "user.password.reset", actorId: null, actorLabel: "reset-link", entityType: "User", entityId: userId });
    expect(JSON.stringify(event.after)).not.toMatch(/"password"|"passwordHash"|argon2|"token"/);

    // Second use of the same link.
    expect(await isResetLinkUsable(demo.prisma, token)).toBe(false);
    expect(await redeemResetLink(demo.prisma, { token, password: "Ein ganz anderes Passwort 7" })).toEqual({ ok: false, reason: "INVALID_LINK" });
    expect(await verifyPassword((await demo.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash!, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired link and leaves the account alone", async () => {
    const { userId, token } = await invite();
    const later = new Date(Date.now() + RESET_LINK_TTL_MS + 60_000);
    expect(await isResetLinkUsable(demo.prisma, token, later)).toBe(false);
    expect(await redeemResetLink(demo.prisma, { token, password: NEW_PASSWORD }, { now: later })).toEqual({ ok: false, reason: "INVALID_LINK" });
    expect(await demo.prisma.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ passwordHash: null, sessionVersion: 1 });
  });

  it("refuses an unknown token", async () => {
    expect(await redeemResetLink(demo.prisma, { token: "A".repeat(43), password: NEW_PASSWORD })).toEqual({ ok: false, reason: "INVALID_LINK" });
    expect(await isResetLinkUsable(demo.prisma, "not-even-a-token")).toBe(false);
  });

  it("applies the password policy and keeps the link usable after a refused password", async () => {
    const { userId, email, token } = await invite();
    expect(await redeemResetLink(demo.prisma, { token, password: "kurz" })).toEqual({ ok: false, reason: "POLICY", policy: "TOO_SHORT" });
    expect(await redeemResetLink(demo.prisma, { token, password: `${email.split("@")[0]}-geheim-2026` })).toEqual({
      ok: false,
      reason: "POLICY",
      policy: "CONTAINS_IDENTITY",
    });
    expect(await isResetLinkUsable(demo.prisma, token)).toBe(true);
    expect((await demo.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull();
  });

  it("revokes the user's API tokens with the new password only when asked (the form's box, ticked by default)", async () => {
    const u = await demo.prisma.user.findUniqueOrThrow({ where: { email: "thomas.brenner@demo.masterplan.example" } });
    const owner: Actor = { id: u.id, role: u.role, departmentId: u.departmentId, via: "session" };
    const made = await createTokenAction.execute(owner, { name: "Skript", scopes: ["READ"], expiresInDays: 365 }, { db: demo.prisma });
    if (!made.ok) throw new Error(made.message);
    const linkFor = async () => {
      const r = await issuePasswordResetLinkAction.execute(admin, { id: u.id }, { db: demo.prisma });
      if (!r.ok) throw new Error(r.message);
      return r.data.path.split("/").pop()!;
    };

    expect(await redeemResetLink(demo.prisma, { token: await linkFor(), password: NEW_PASSWORD })).toEqual({ ok: true, userId: u.id });
    expect((await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: made.data.id } })).revokedAt).toBeNull();

    const r = await redeemResetLink(demo.prisma, { token: await linkFor(), password: "Leuchtturm Bahnsteig Quitte 7", revokeTokens: true }, { requestId: "req-reset-revoke" });
    expect(r).toEqual({ ok: true, userId: u.id });
    expect((await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: made.data.id } })).revokedAt).not.toBeNull();
    const events = await demo.prisma.auditEvent.findMany({ where: { requestId: "req-reset-revoke" }, orderBy: { chainSeq: "asc" } });
    expect(events.map((e) => [e.action, e.entityId, e.actorLabel])).toEqual([
      ["user.password.reset", u.id, "reset-link"],
      ["token.revoke", made.data.id, "reset-link"],
    ]);
  });

  it("only the newest link of a user works", async () => {
    const { userId, token: first } = await invite();
    const again = await issuePasswordResetLinkAction.execute(admin, { id: userId }, { db: demo.prisma });
    if (!again.ok) throw new Error(again.message);
    const second = again.data.path.split("/").pop()!;
    expect(await redeemResetLink(demo.prisma, { token: first, password: NEW_PASSWORD })).toEqual({ ok: false, reason: "INVALID_LINK" });
    expect(await redeemResetLink(demo.prisma, { token: second, password: NEW_PASSWORD })).toEqual({ ok: true, userId });
  });

  it("refuses the link of a user who has been deactivated since", async () => {
    const { userId, token } = await invite();
    await demo.prisma.user.update({ where: { id: userId }, data: { active: false } });
    expect(await redeemResetLink(demo.prisma, { token, password: NEW_PASSWORD })).toEqual({ ok: false, reason: "INVALID_LINK" });
  });
});

describe("POST /api/password-reset (before it reaches the database)", () => {
  const post = (body: string, contentType = "application/json") =>
    POST(new Request("http://localhost/api/password-reset", { method: "POST", headers: { "content-type": contentType }, body }));

  it("accepts JSON only, so a cross-site form cannot post to it", async () => {
    const res = await post(`token=${"A".repeat(43)}&password=x`, "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a malformed token like an unknown one", async () => {
    const res = await post(JSON.stringify({ token: "../../etc", password: NEW_PASSWORD }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, code: "INVALID_LINK" });
  });

  it("refuses an oversized body", async () => {
    expect((await post(JSON.stringify({ token: "A".repeat(43), password: "x".repeat(20_000) }))).status).toBe(413);
  });

  it("rejects malformed JSON", async () => {
    expect((await post("{nope")).status).toBe(400);
  });
});
