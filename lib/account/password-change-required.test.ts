// Issue 14, item 3: a temporary password is enforced where actions and API requests are judged —
// the action builder and the API guard — not by a page redirect. Until the password is changed,
// every action but changing it is refused (PASSWORD_CHANGE_REQUIRED, 403), for sessions and bearer
// tokens alike; the change revokes the user's API tokens only when asked to.
import { describe, expect, it, vi } from "vitest";
import { apiAction, apiRead } from "@/lib/api/route";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/policy";
import { httpStatusFor } from "@/lib/errors/app-error";
import { listPortfolioForApi } from "@/lib/initiatives/api-queries";
import { createTokenAction } from "@/lib/tokens/mutations";
import { actorFromBearer } from "@/lib/tokens/verify";
import { demoFixture, executeOk } from "@/tests/db";
import { changeOwnPasswordAction } from "./mutations";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.actor }));

const CURRENT = "correct horse battery staple";
const NEXT = "Ampel-Regen-Kaffee-Turm am Rhein";
const ORIGIN = "http://localhost:3000";
const params = { params: Promise.resolve({}) };

const demo = demoFixture();

/** A demo user with mustChangePassword set in the database, as the actor currentUser() would return. */
async function temporaryActor(email: string, mustChangePassword = true): Promise<Actor> {
  const u = await demo.prisma.user.update({ where: { email }, data: { mustChangePassword }, select: { id: true, role: true, departmentId: true } });
  return { ...u, via: "session", mustChangePassword };
}

const tokenFor = (actor: Actor, scopes = ["READ"]) =>
  executeOk(createTokenAction, { ...actor, mustChangePassword: false }, { name: "script", scopes, expiresInDays: 365 }, { db: demo.prisma });

const change = (actor: Actor, revokeTokens?: boolean, locale: "de" | "en" = "en") =>
  changeOwnPasswordAction.execute(actor, { currentPassword: CURRENT, newPassword: NEXT, confirmPassword: NEXT, ...(revokeTokens === undefined ? {} : { revokeTokens }) }, { db: demo.prisma, locale });

describe("the action builder with a temporary password", () => {
  it("refuses a normal action (creating an API token) with PASSWORD_CHANGE_REQUIRED in the user's language, audited, nothing created", async () => {
    const actor = await temporaryActor("betrachter@demo.masterplan.example");
    const before = await demo.prisma.apiToken.count({ where: { userId: actor.id } });
    const de = await createTokenAction.execute(actor, { name: "365 Tage", scopes: ["READ"], expiresInDays: 365 }, { db: demo.prisma, locale: "de" });
    expect(de).toMatchObject({ ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/vorläufiges Passwort/) });
    if (!de.ok) expect(de.fieldErrors?._form?.[0]).toBe(de.message);
    const en = await createTokenAction.execute(actor, { name: "365 days", scopes: ["READ"], expiresInDays: 365 }, { db: demo.prisma, locale: "en" });
    expect(en).toMatchObject({ ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/temporary password/) });
    expect(httpStatusFor.PASSWORD_CHANGE_REQUIRED).toBe(403);
    expect(await demo.prisma.apiToken.count({ where: { userId: actor.id } })).toBe(before);
    const denied = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "authz.denied", actorId: actor.id, entityId: "token.create" }, orderBy: { chainSeq: "desc" } });
    expect(denied.after).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
  });

  it("lets the same user change the password (the one allowed action), which clears the flag", async () => {
    const actor = await temporaryActor("rat@demo.masterplan.example");
    expect(changeOwnPasswordAction.allowWhilePasswordChangeRequired).toBe(true);
    expect(createTokenAction.allowWhilePasswordChangeRequired).toBe(false);
    const r = await change(actor);
    expect(r).toMatchObject({ ok: true });
    const after = await demo.prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash!, NEXT)).toBe(true);
  });
});

describe("the API guard with a temporary password", () => {
  const list = () => apiRead("portfolio.read", ({ db, actor }) => listPortfolioForApi(db, actor, {}), { db: demo.prisma });

  it("refuses the user's bearer token with 403 PASSWORD_CHANGE_REQUIRED (reads and writes), and accepts it again after the change", async () => {
    const email = "projektleitung@demo.masterplan.example";
    const actor = await temporaryActor(email, false);
    const read = await tokenFor(actor, ["READ", "KPI_WRITE"]);
    await temporaryActor(email, true);
    expect(await actorFromBearer(demo.prisma, `Bearer ${read.token}`)).toMatchObject({ id: actor.id, via: "token", mustChangePassword: true });

    const response = await list()(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: { authorization: `Bearer ${read.token}`, "accept-language": "de" } }), params);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/vorläufiges Passwort/) });

    const write = apiAction(createTokenAction, { input: ({ body: b }) => b, db: demo.prisma });
    const posted = await write(
      new Request(`${ORIGIN}/api/v1/tokens`, { method: "POST", headers: { authorization: `Bearer ${read.token}` }, body: JSON.stringify({ name: "x", scopes: ["READ"] }) }),
      params,
    );
    expect(posted.status).toBe(403);
    expect(((await posted.json()) as { error: { code: string } }).error.code).toBe("PASSWORD_CHANGE_REQUIRED");

    // Changed without revoking: the token works again.
    expect(await change({ ...actor, mustChangePassword: true }, false)).toMatchObject({ ok: true });
    const again = await list()(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: { authorization: `Bearer ${read.token}` } }), params);
    expect(again.status).toBe(200);
  });

  it("refuses a session (cookie) of such a user the same way", async () => {
    session.actor = await temporaryActor("abteilungsleitung@demo.masterplan.example");
    try {
      const response = await list()(new Request(`${ORIGIN}/api/v1/initiatives`, { headers: { cookie: "mm.session=x", "accept-language": "en" } }), params);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: "PASSWORD_CHANGE_REQUIRED",
        message: expect.stringMatching(/temporary password/),
      });
    } finally {
      session.actor = null;
    }
  });
});

describe("changing the password and the API tokens", () => {
  it("revokes every active token of the user when the box is ticked, one audit event each", async () => {
    const email = "admin@demo.masterplan.example";
    const actor = await temporaryActor(email, false);
    const a = await tokenFor(actor);
    const b = await tokenFor(actor);
    const r = await change({ ...actor, mustChangePassword: true }, true);
    expect(r).toMatchObject({ ok: true, data: { revokedTokens: 2 } });
    const rows = await demo.prisma.apiToken.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
    expect(await actorFromBearer(demo.prisma, `Bearer ${a.token}`)).toBeNull();
    expect(await demo.prisma.auditEvent.count({ where: { action: "token.revoke", entityId: { in: [a.id, b.id] } } })).toBe(2);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "account.changePassword", entityId: actor.id } });
    expect(event.after).toMatchObject({ revokeTokens: true, revokedTokenIds: expect.arrayContaining([a.id, b.id]) });
    expect(JSON.stringify(event.after)).not.toContain(NEXT);
  });

  it("keeps the tokens when the box is not ticked (the default of the action)", async () => {
    const email = "betrachter@demo.masterplan.example";
    const actor = await temporaryActor(email, false);
    const a = await tokenFor(actor);
    const r = await change(actor);
    expect(r).toMatchObject({ ok: true, data: { revokedTokens: 0 } });
    expect((await demo.prisma.apiToken.findUniqueOrThrow({ where: { id: a.id } })).revokedAt).toBeNull();
    expect(await actorFromBearer(demo.prisma, `Bearer ${a.token}`)).toMatchObject({ id: actor.id, via: "token" });
  });
});
