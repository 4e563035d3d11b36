// A NUL character (U+0000), which PostgreSQL cannot store, is a user's mistake: every action answers
// VALIDATION with the field named (checked once, in the action builder), sign-in treats it as
// malformed — never a 500 from the database. (The API: lib/api/route.test.ts.)
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createDepartmentAction } from "@/lib/departments/mutations";
import { actorFor, useTestDatabase } from "@/tests/db";

describe("NUL characters in input", () => {
  it("are refused by any action with the field named, in the user's language, and nothing is written", async () => {
    const database = await useTestDatabase("demo");
    const admin = await actorFor(database, "admin@demo.masterplan.example");
    const de = await createDepartmentAction.execute(admin, { code: "NUL", name: "Amt\u0000für Tests" }, { db: database.prisma });
    expect(de).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [expect.stringMatching(/Steuerzeichen \(NUL\)/)] } });
    const form = new FormData();
    form.set("code", "NUL");
    form.set("name", "x\u0000");
    const en = await createDepartmentAction.execute(admin, form, { db: database.prisma, locale: "en" });
    expect(en).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [expect.stringMatching(/not allowed \(NUL\)/)] } });
    expect(await database.prisma.department.count({ where: { code: "NUL" } })).toBe(0);
  });

  it("make a sign-in attempt malformed: refused, not recorded, no database error", async () => {
    const { prisma } = await useTestDatabase("demo");
    const r = await authenticate(prisma, { email: "admin@demo.masterplan.example\u0000", password: "x", ip: "127.0.0.1" }, new Date("2026-11-25T10:00:00Z"));
    expect(r.ok).toBe(false);
    expect(await prisma.loginAttempt.count()).toBe(0);
  });
});
