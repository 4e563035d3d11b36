import { describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { createDepartmentAction, deleteDepartmentAction, updateDepartmentAction } from "./mutations";

const demo = demoFixture();

describe("department actions through the action builder", () => {
  it("creates a department and writes its audit event in the same transaction", async () => {
    const r = await createDepartmentAction.execute(demo.admin, { code: "KULT", name: "Kulturbetriebe" }, { db: demo.prisma, requestId: "req-1" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "department.create", entityId: r.data.id } });
    expect(event.actorId).toBe(demo.admin.id);
    expect(event.requestId).toBe("req-1");
    expect(event.after).toMatchObject({ code: "KULT", name: "Kulturbetriebe" });
  });

  it("refuses an unauthenticated caller without touching the database", async () => {
    const before = await demo.prisma.department.count();
    const r = await createDepartmentAction.execute(null, { code: "ANON", name: "Anonym" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await demo.prisma.department.count()).toBe(before);
  });

  it("rejects a department head and records the denial", async () => {
    const r = await createDepartmentAction.execute(demo.head, { code: "HEAD", name: "Nicht erlaubt" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await demo.prisma.department.count({ where: { code: "HEAD" } })).toBe(0);
    const denied = await demo.prisma.auditEvent.findFirst({ where: { action: "authz.denied", actorId: demo.head.id, entityId: "department.create" } });
    expect(denied).not.toBeNull();
  });

  it("reports invalid fields next to the field, in German or English", async () => {
    const de = await createDepartmentAction.execute(demo.admin, { code: "kl", name: "" }, { db: demo.prisma, locale: "de" });
    expect(de).toMatchObject({ ok: false, code: "VALIDATION" });
    if (de.ok) return;
    expect(de.fieldErrors?.code).toEqual(["Nur Großbuchstaben, Ziffern und Bindestriche."]);
    expect(de.fieldErrors?.name?.[0]).toMatch(/mindestens 3 Zeichen/);
    const en = await createDepartmentAction.execute(demo.admin, { code: "kl", name: "" }, { db: demo.prisma, locale: "en" });
    if (en.ok) return;
    expect(en.fieldErrors?.name?.[0]).toMatch(/at least 3 characters/);
  });

  it("maps a duplicate code to CONFLICT", async () => {
    const r = await createDepartmentAction.execute(demo.admin, { code: "DIGI", name: "Doppelt" }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const d = await demo.prisma.department.findUniqueOrThrow({ where: { code: "UMW" } });
    const [a, b] = await Promise.all([
      updateDepartmentAction.execute(demo.admin, { id: d.id, version: d.version, code: "UMW", name: "Umweltamt A" }, { db: demo.prisma }),
      updateDepartmentAction.execute(demo.admin, { id: d.id, version: d.version, code: "UMW", name: "Umweltamt B" }, { db: demo.prisma }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!loser.ok) expect(loser.current).toMatchObject({ version: d.version + 1 });
    const stored = await demo.prisma.department.findUniqueOrThrow({ where: { id: d.id } });
    expect(stored.version).toBe(d.version + 1);
  });

  it("ignores fields that are not part of the input (no version or id injection on create)", async () => {
    const r = await createDepartmentAction.execute(
      demo.admin,
      { code: "EXTRA", name: "Mit Zusatzfeldern", version: 99, id: "00000000-0000-0000-0000-000000000000", role: "ADMIN" },
      { db: demo.prisma },
    );
    expect(r.ok).toBe(true);
    const stored = await demo.prisma.department.findUniqueOrThrow({ where: { code: "EXTRA" } });
    expect(stored.version).toBe(1);
    expect(stored.id).not.toBe("00000000-0000-0000-0000-000000000000");
  });

  it("refuses to delete a department that still has initiatives", async () => {
    const d = await demo.prisma.department.findUniqueOrThrow({ where: { code: "DIGI" } });
    const r = await deleteDepartmentAction.execute(demo.admin, { id: d.id, version: d.version }, { db: demo.prisma });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("validation messages", () => {
  it("tell a missing value from a malformed one", async () => {
    const missing = await createDepartmentAction.execute(demo.admin, { code: "OKAY" }, { db: demo.prisma, locale: "de" });
    const malformed = await createDepartmentAction.execute(demo.admin, { code: "OKAY", name: 12 }, { db: demo.prisma, locale: "de" });
    if (missing.ok || malformed.ok) throw new Error("expected validation errors");
    expect(missing.fieldErrors?.name).toEqual(["Bitte ausfüllen."]);
    expect(malformed.fieldErrors?.name).toEqual(["Dieser Wert hat nicht das erwartete Format."]);
  });
});
