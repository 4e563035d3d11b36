import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { useTestDatabase } from "@/tests/db";
import { changeOwnPasswordAction } from "./mutations";

const CURRENT = "correct horse battery staple";

describe("changeOwnPasswordAction", () => {
  it("changes the password, clears the temporary flag and ends existing sessions", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.update({ where: { email: "rat@demo.masterplan.example" }, data: { mustChangePassword: true } });
    const actor = { id: u.id, role: u.role, departmentId: u.departmentId, via: "session" as const };
    const next = "ein langer neuer Satz als Passwort";
    const r = await changeOwnPasswordAction.execute(actor, { currentPassword: CURRENT, newPassword: next, confirmPassword: next }, { db: prisma });
    expect(r.ok).toBe(true);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(after.passwordHash!, next)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(u.sessionVersion + 1);
    expect(await prisma.auditEvent.count({ where: { action: "account.changePassword", entityId: u.id } })).toBe(1);
  });

  it("requires the current password and the policy, with messages in the user's language", async () => {
    const { prisma } = await useTestDatabase("demo");
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "betrachter@demo.masterplan.example" } });
    const actor = { id: u.id, role: u.role, departmentId: u.departmentId, via: "session" as const };
    const wrong = await changeOwnPasswordAction.execute(
      actor,
      { currentPassword: "not it at all", newPassword: "ein langer neuer Satz", confirmPassword: "ein langer neuer Satz" },
      { db: prisma, locale: "de" },
    );
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: ["Das bisherige Passwort ist falsch."] } });
    const weak = await changeOwnPasswordAction.execute(
      actor,
      { currentPassword: CURRENT, newPassword: "qwerty123456", confirmPassword: "qwerty123456" },
      { db: prisma, locale: "en" },
    );
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.fieldErrors?.newPassword?.[0]).toMatch(/widely used/);
    const differ = await changeOwnPasswordAction.execute(
      actor,
      { currentPassword: CURRENT, newPassword: "ein langer neuer Satz", confirmPassword: "ein anderer Satz hier" },
      { db: prisma, locale: "en" },
    );
    expect(differ).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two passwords differ."] } });
    expect(await verifyPassword((await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash!, CURRENT)).toBe(true);
  });
});
