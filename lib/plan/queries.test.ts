// The first-run path on an empty installation (the setup checklist, the newcomer creating the plan
// step by step) and the same readers on the demo, where the dashboard shows as before.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { createDepartmentAction } from "@/lib/departments/mutations";
import type { TestDatabase } from "@/lib/db/testing";
import { newInitiativeOptions } from "@/lib/initiatives/edit-queries";
import { actorFor, useTestDatabase } from "@/tests/db";
import { createDistrictAction } from "./district-mutations";
import { createFieldOfActionAction } from "./field-mutations";
import { createMasterplanAction } from "./masterplan-mutations";
import { loadPlanSetup, loadSetupState } from "./queries";

describe("on an empty installation", () => {
  let t: TestDatabase;
  let admin: Actor;
  let viewer: Actor;

  beforeAll(async () => {
    t = await useTestDatabase("empty");
    const a = await t.prisma.user.create({ data: { email: "erste.admin@stadt.example", name: "Erste Admin", role: "ADMIN" } });
    const v = await t.prisma.user.create({ data: { email: "leser@stadt.example", name: "Leser", role: "VIEWER" } });
    admin = { id: a.id, role: a.role, departmentId: null, via: "session" };
    viewer = { id: v.id, role: v.role, departmentId: null, via: "session" };
  });

  it("lists every setup step as open, so /app shows the checklist instead of an empty dashboard", async () => {
    expect(await loadSetupState(t.prisma, viewer)).toEqual({
      done: { masterplan: false, fields: false, departments: false, districts: false, initiatives: false },
      ready: false,
      complete: false,
    });
    expect(await loadPlanSetup(t.prisma, admin)).toEqual({ masterplan: null, fields: [], districts: [] });
  });

  it("refuses a field of action before the masterplan exists", async () => {
    expect(await createFieldOfActionAction.execute(admin, { code: "MOB", title: "Mobilität" }, { db: t.prisma })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { _form: [expect.stringMatching(/Masterplan/)] },
    });
  });

  it("lets the first admin set up the plan step by step, the checklist ticking off each step", async () => {
    const plan = await createMasterplanAction.execute(
      admin,
      { title: "Digitale Stadt Musterstadt 2030", vision: "Eine Verwaltung, die man nicht suchen muss.", periodStart: "2026-01-01", periodEnd: "2030-12-31", adoptedAt: "" },
      { db: t.prisma },
    );
    expect(plan).toMatchObject({ ok: true, data: { slug: "digitale-stadt-musterstadt-2030", adoptedAt: null, version: 1 } });
    expect((await loadSetupState(t.prisma, viewer)).done.masterplan).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { action: "masterplan.create", actorId: admin.id } })).toBe(1);

    expect((await createFieldOfActionAction.execute(admin, { code: "MOB", title: "Mobilität", color: "#1f77b4" }, { db: t.prisma })).ok).toBe(true);
    let state = await loadSetupState(t.prisma, viewer);
    expect(state).toMatchObject({ done: { fields: true, departments: false }, ready: false });
    expect((await newInitiativeOptions(t.prisma, admin)).departments).toEqual([]);

    expect((await createDepartmentAction.execute(admin, { code: "DIGI", name: "Digitalisierung" }, { db: t.prisma })).ok).toBe(true);
    expect((await createDistrictAction.execute(admin, { code: "MITTE", name: "Mitte" }, { db: t.prisma })).ok).toBe(true);
    state = await loadSetupState(t.prisma, viewer);
    expect(state).toEqual({ done: { masterplan: true, fields: true, departments: true, districts: true, initiatives: false }, ready: true, complete: false });
    const options = await newInitiativeOptions(t.prisma, admin);
    expect(options.fields.map((f) => f.suggestedCode)).toEqual(["MOB-01"]);
    expect(options.districts.map((d) => d.name)).toEqual(["Mitte"]);

    // A second masterplan stays refused, also on a fresh installation.
    const second = await createMasterplanAction.execute(admin, { title: "Noch ein Plan", vision: "Nein", periodStart: "2026-01-01", periodEnd: "2027-01-01" }, { db: t.prisma });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("does not count archived fields of action as a done step", async () => {
    await t.prisma.fieldOfAction.updateMany({ data: { archivedAt: new Date("2026-11-25T10:00:00Z") } });
    expect(await loadSetupState(t.prisma, viewer)).toMatchObject({ done: { fields: false }, ready: false });
    await t.prisma.fieldOfAction.updateMany({ data: { archivedAt: null } });
  });

  it("shows the plan setup only to those who manage the structure", async () => {
    await expect(loadPlanSetup(t.prisma, viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("on the demo", () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await useTestDatabase("demo");
  });

  it("reports every step done, so /app shows the dashboard as before", async () => {
    const viewer = await actorFor(t, "betrachter@demo.masterplan.example");
    expect(await loadSetupState(t.prisma, viewer)).toEqual({
      done: { masterplan: true, fields: true, departments: true, districts: true, initiatives: true },
      ready: true,
      complete: true,
    });
  });

  it("loads the masterplan with calendar dates and each field and district with how much hangs off it", async () => {
    const plan = await loadPlanSetup(t.prisma, await actorFor(t, "admin@demo.masterplan.example"));
    expect(plan.masterplan?.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.fields.length).toBe(await t.prisma.fieldOfAction.count());
    expect(plan.fields.every((f) => f.inUse > 0 && !f.archived)).toBe(true);
    expect(plan.districts.some((d) => d.inUse > 0)).toBe(true);
  });
});
