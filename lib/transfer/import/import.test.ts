// The import against real databases: the demo's export round-trips into an empty database and into
// itself (nothing changes the second time), a late error writes nothing, forecasts moved by a file
// are recorded with "Import <file>", rows carry sheet/row/column and clerk-friendly messages,
// department heads are held to their own department, German-Excel CSV bytes import, and the
// summary audit event carries the file's SHA-256 and the counts.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { TestDatabase } from "@/lib/db/testing";
import { createMasterplanAction } from "@/lib/plan/masterplan-mutations";
import { actorFor, demoFixture, openDemo, useTestDatabase } from "@/tests/db";
import { describeProblem } from "../cells";
import { masterplanRows } from "../export";
import { writeWorkbook, type WorkbookData } from "../workbook";
import { importWorkbookAction } from "./workbook-action";
import type { ImportReport } from "./types";

const email = (user: string) => `${user}@demo.masterplan.example`;
const demo = demoFixture();
let exported: WorkbookData;
let exportBytes: Uint8Array;

beforeAll(async () => {
  exported = await masterplanRows(demo.prisma);
  exportBytes = await writeWorkbook(exported, "de");
});

async function importFile(t: Pick<TestDatabase, "prisma">, actor: Actor, bytes: Uint8Array, opts: { dryRun: boolean; fileName?: string; expectSha256?: string }): Promise<ImportReport> {
  const r = await importWorkbookAction.execute(
    actor,
    { fileName: opts.fileName ?? "plan.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun: opts.dryRun, expectSha256: opts.expectSha256 },
    { db: t.prisma, locale: "de" },
  );
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors)}`);
  return r.data;
}

const errors = (r: ImportReport) => r.rows.filter((x) => x.outcome === "error").map((x) => x.problems.map((p) => describeProblem(p, "de")).join(" | "));

describe("round trip", () => {
  it("imports the demo's export into the same database as 'unchanged' and writes only the summary event", async () => {
    const auditBefore = await demo.prisma.auditEvent.count();
    const report = await importFile(demo, demo.admin, exportBytes, { dryRun: false });
    expect(errors(report)).toEqual([]);
    expect(report.counts).toMatchObject({ create: 0, update: 0, error: 0 });
    expect(report.counts.unchanged).toBe(Object.values(exported).reduce((n, rows) => n + (rows?.length ?? 0), 0));
    expect(report.applied).toBe(true);
    expect(await demo.prisma.auditEvent.count()).toBe(auditBefore + 1);
  });

  it("reproduces the demo's plan in an empty database that has only the masterplan and the people", async () => {
    const empty = await useTestDatabase("empty");
    const source = await demo.prisma.masterplan.findFirstOrThrow();
    // The people include partner contacts, each bound to their partner: those partners come along.
    const contacts = await demo.prisma.user.findMany({ where: { partnerId: { not: null } }, select: { partnerId: true } });
    await empty.prisma.partner.createMany({ data: await demo.prisma.partner.findMany({ where: { id: { in: contacts.map((c) => c.partnerId!) } } }) });
    const users = await demo.prisma.user.findMany({ select: { email: true, name: true, role: true, active: true, partnerId: true } });
    await empty.prisma.user.createMany({ data: users });
    const newAdmin = await actorFor(empty, email("admin"));
    const created = await createMasterplanAction.execute(
      newAdmin,
      { title: source.title, vision: source.vision, periodStart: source.periodStart.toISOString().slice(0, 10), periodEnd: source.periodEnd.toISOString().slice(0, 10) },
      { db: empty.prisma },
    );
    expect(created.ok).toBe(true);
    // The masterplan-level KPIs name the masterplan by its slug: the new one gets the same title, hence the same slug.
    expect((await empty.prisma.masterplan.findFirstOrThrow()).slug).toBe(source.slug);

    const dry = await importFile(empty, newAdmin, exportBytes, { dryRun: true });
    expect(errors(dry)).toEqual([]);
    expect(dry.counts.create).toBeGreaterThan(100);
    expect(await empty.prisma.initiative.count()).toBe(0);

    const applied = await importFile(empty, newAdmin, exportBytes, { dryRun: false, expectSha256: dry.sha256 });
    expect(applied.applied).toBe(true);
    expect(applied.counts).toEqual(dry.counts);
    const again = await masterplanRows(empty.prisma);
    for (const sheet of Object.keys(exported) as (keyof WorkbookData)[]) expect(again[sheet], sheet).toEqual(exported[sheet]);

    // A second import of the same file changes nothing.
    const second = await importFile(empty, newAdmin, exportBytes, { dryRun: true });
    expect(second.counts).toMatchObject({ create: 0, update: 0, error: 0 });
  }, 120_000);
});

describe("all or nothing", () => {
  it("writes nothing when the last row has an error, and says where", async () => {
    const t = await openDemo();
    const rows = exported.initiatives!.slice(0, 3).map((r) => ({ ...r, title: `${r.title} (geändert)` }));
    const bad = { ...exported.initiatives![3]!, departmentCode: "99" };
    const bytes = await writeWorkbook({ initiatives: [...rows, bad] }, "de");
    const before = await t.prisma.initiative.findMany({ select: { code: true, title: true, version: true }, orderBy: { code: "asc" } });
    const report = await importFile(t, t.admin, bytes, { dryRun: false });
    expect(report.applied).toBe(false);
    expect(report.counts).toMatchObject({ update: 3, error: 1 });
    const row = report.rows.find((r) => r.outcome === "error")!;
    expect(row).toMatchObject({ sheet: "Vorhaben", row: 5 });
    const text = describeProblem(row.problems[0]!, "de");
    expect(text).toMatch(/^Blatt 'Vorhaben', Zeile 5, Spalte 'Amt': '99' gibt es nicht; vorhandene: /);
    expect(text).toContain("DIGI, FW, SCHUL");
    expect(await t.prisma.initiative.findMany({ select: { code: true, title: true, version: true }, orderBy: { code: "asc" } })).toEqual(before);
    expect(await t.prisma.auditEvent.count({ where: { action: "import.refused" } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { action: "initiative.update" } })).toBe(0);
  });

  it("refuses to apply a file other than the one checked", async () => {
    const r = await importWorkbookAction.execute(
      demo.admin,
      { fileName: "plan.xlsx", contentBase64: Buffer.from(exportBytes).toString("base64"), dryRun: false, expectSha256: "0".repeat(64) },
      { db: demo.prisma, locale: "de" },
    );
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("changes", () => {
  it("moves a forecast with the reason 'Import <file>', keeps the baseline, and audits the row and the file", async () => {
    const t = await openDemo();
    const milestone = exported.milestones!.find((m) => !m.completedDate)!;
    const moved = { ...milestone, forecastDate: "2029-03-31" };
    const bytes = await writeWorkbook({ milestones: [moved] }, "de");
    const report = await importFile(t, t.admin, bytes, { dryRun: false, fileName: "prognosen.xlsx" });
    expect(report.rows[0]).toMatchObject({ outcome: "update", changed: ["Prognose"] });
    const initiative = await t.prisma.initiative.findUniqueOrThrow({ where: { code: milestone.initiativeCode } });
    const m = await t.prisma.milestone.findFirstOrThrow({ where: { initiativeId: initiative.id, title: milestone.title }, include: { forecasts: { orderBy: { reportedAt: "desc" }, take: 1 } } });
    expect(m.forecastDate.toISOString().slice(0, 10)).toBe("2029-03-31");
    expect(m.baselineDate.toISOString().slice(0, 10)).toBe(milestone.baselineDate);
    expect(m.forecasts[0]).toMatchObject({ reason: "Import prognosen.xlsx", reportedById: t.admin.id });
    const summary = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "import.apply" } });
    expect(summary.after).toEqual({ fileName: "prognosen.xlsx", sha256: crypto.createHash("sha256").update(bytes).digest("hex"), counts: { create: 0, update: 1, unchanged: 0, error: 0 } });
    expect(await t.prisma.auditEvent.count({ where: { action: "milestone.update", entityId: m.id } })).toBe(1);

    // A changed baseline is an error: baselines never move.
    const rebased = await writeWorkbook({ milestones: [{ ...moved, baselineDate: "2020-01-01" }] }, "de");
    const refused = await importFile(t, t.admin, rebased, { dryRun: true });
    expect(errors(refused)[0]).toContain("Der Basisplan eines Meilensteins bleibt fest");
  });

  it("creates initiatives with milestones that refer to each other within one file", async () => {
    const t = await openDemo();
    const field = exported.fieldsOfAction![0]!.code!;
    // A new district, an initiative in it and its first milestone, with a second milestone as given.
    const file = (second: { code: string; title: string; baselineDate: string; forecastDate: string }) =>
      writeWorkbook(
        {
          districts: [{ code: "NEU", name: "Neuer Bezirk", sortOrder: "99" }],
          initiatives: [{ code: `${field}-91`, title: "Neues Vorhaben aus der Datei", fieldCode: field, departmentCode: "DIGI", status: "Geplant", health: "Im Plan", visibility: "Nur intern", districts: "NEU" }],
          milestones: [
            { initiativeCode: `${field}-91`, code: "M1", title: "Start", baselineDate: "2027-06-30", forecastDate: "2027-09-30" },
            { initiativeCode: `${field}-91`, ...second },
          ],
        },
        "de",
      );
    const dry = await importFile(t, t.admin, await file({ code: "M1", title: "Doppelt", baselineDate: "2027-06-30", forecastDate: "2027-06-30" }), { dryRun: true });
    expect(dry.counts).toMatchObject({ create: 3, error: 1 });
    expect(errors(dry)).toEqual([expect.stringContaining(`steht schon in Zeile 2 dieses Blatts`)]);

    const fixed = await file({ code: "M2", title: "Betrieb", baselineDate: "2028-06-30", forecastDate: "2028-06-30" });
    const report = await importFile(t, t.admin, fixed, { dryRun: false, fileName: "neu.xlsx" });
    expect(report).toMatchObject({ applied: true, counts: { create: 4, update: 0, unchanged: 0, error: 0 } });
    const created = await t.prisma.initiative.findUniqueOrThrow({
      where: { code: `${field}-91` },
      include: { districts: { include: { district: true } }, milestones: { orderBy: { sortOrder: "asc" }, include: { forecasts: { orderBy: { forecastDate: "asc" } } } } },
    });
    expect(created.slug).toBe("neues-vorhaben-aus-der-datei");
    expect(created.districts.map((d) => d.district.code)).toEqual(["NEU"]);
    expect(created.milestones.map((m) => [m.code, m.forecasts.map((f) => f.reason)])).toEqual([
      ["M1", ["Ausgangsplanung", "Import neu.xlsx"]],
      ["M2", ["Ausgangsplanung"]],
    ]);
    expect(await t.prisma.auditEvent.count({ where: { initiativeId: created.id, action: { in: ["initiative.create", "milestone.create"] } } })).toBe(3);
  });
});

describe("defaults", () => {
  it("reads empty optional cells as their defaults, so a second import of a sparse file changes nothing", async () => {
    const t = await openDemo();
    const code = exported.initiatives![0]!.code!;
    const bytes = await writeWorkbook(
      {
        kpis: [{ scope: "Vorhaben", ownerCode: code, name: "Sparse KPI", unit: "Stück", direction: "Höher ist besser", baselineValue: "0", baselineDate: "2026-01-01", targetValue: "10", targetDate: "2027-12-31" }],
        budgetLines: [{ initiativeCode: code, year: "2031", fundingSource: "Bund", planned: "1000" }],
      },
      "de",
    );
    expect((await importFile(t, t.admin, bytes, { dryRun: false })).counts).toMatchObject({ create: 2, error: 0 });
    const kpi = await t.prisma.kpi.findFirstOrThrow({ where: { name: "Sparse KPI" } });
    expect(kpi).toMatchObject({ valueType: "DECIMAL", frequency: "QUARTERLY", isPublic: true, description: "" });
    expect((await importFile(t, t.admin, bytes, { dryRun: true })).counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });
});

describe("funding programmes", () => {
  it("exports each line's programme and grant reference, and imports lines by programme name, checking it fits the level", async () => {
    const withProgramme = exported.budgetLines!.filter((b) => b.programme);
    expect(withProgramme.length).toBeGreaterThan(0);
    expect(withProgramme.every((b) => b.grantReference)).toBe(true);
    expect(new Set(withProgramme.map((b) => b.programme))).toContain("Modellprojekte Smart Cities");

    const t = await openDemo();
    const code = exported.initiatives![0]!.code!;
    const bytes = await writeWorkbook(
      {
        budgetLines: [
          { initiativeCode: code, year: "2032", fundingSource: "Bund", planned: "1000" },
          { initiativeCode: code, year: "2032", fundingSource: "Bund", programme: "modellprojekte smart cities", grantReference: "MPSC-IMPORT-1", planned: "2000" },
          // A workbook written before the Land level named the city's state.
          { initiativeCode: code, year: "2032", fundingSource: "Land NRW", planned: "3000" },
          { initiativeCode: code, year: "2033", fundingSource: "EU", programme: "Modellprojekte Smart Cities", planned: "1" },
        ],
      },
      "de",
    );
    const report = await importFile(t, t.admin, bytes, { dryRun: true });
    expect(report.counts).toMatchObject({ create: 3, error: 1 });
    expect(errors(report).join("\n")).toMatch(/gehört zu einer anderen Finanzierungsquelle/);

    // An admin's file may bring a new programme (created with the line's level); a department head's may not.
    const own = await t.prisma.department.findUniqueOrThrow({ where: { id: t.head.departmentId! } });
    const mine = exported.initiatives!.find((i) => i.departmentCode === own.code)!.code!;
    const novel = (initiativeCode: string) =>
      writeWorkbook({ budgetLines: [{ initiativeCode, year: "2034", fundingSource: "Bund", programme: "Neues Bundesprogramm", planned: "5" }] }, "de");
    const byHead = await importFile(t, t.head, await novel(mine), { dryRun: true });
    expect(byHead.counts).toMatchObject({ create: 0, error: 1 });
    expect(errors(byHead).join("\n")).toMatch(/Neues Bundesprogramm.*gibt es nicht/);
    expect((await importFile(t, t.admin, await novel(mine), { dryRun: false })).counts).toMatchObject({ create: 1, error: 0 });
    expect(await t.prisma.fundingProgramme.findUniqueOrThrow({ where: { name: "Neues Bundesprogramm" } })).toMatchObject({ level: "FEDERAL" });
    expect(await t.prisma.auditEvent.count({ where: { action: "fundingProgramme.create" } })).toBe(1);

    const ok = await writeWorkbook(
      {
        budgetLines: [
          { initiativeCode: code, year: "2032", fundingSource: "Bund", programme: "Modellprojekte Smart Cities", grantReference: "MPSC-IMPORT-1", planned: "2000" },
          { initiativeCode: code, year: "2032", fundingSource: "Land NRW", planned: "3000" },
        ],
      },
      "de",
    );
    expect((await importFile(t, t.admin, ok, { dryRun: false })).counts).toMatchObject({ create: 2, error: 0 });
    const mpsc = await t.prisma.fundingProgramme.findFirstOrThrow({ where: { name: "Modellprojekte Smart Cities" } });
    const lines = await t.prisma.budgetLine.findMany({ where: { year: 2032, initiative: { code } }, orderBy: { planned: "asc" } });
    expect(lines.map((l) => [l.fundingSource, l.programmeId, l.grantReference, l.planned.toFixed(2)])).toEqual([
      ["FEDERAL", mpsc.id, "MPSC-IMPORT-1", "2000.00"],
      ["LAND", null, "", "3000.00"],
    ]);
    // A second import of the same file changes nothing.
    expect((await importFile(t, t.admin, ok, { dryRun: true })).counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });
});

describe("department heads", () => {
  it("may import their own department's initiatives, not another's, and no structure changes", async () => {
    const t = await openDemo();
    const head = t.head;
    const own = await t.prisma.department.findUniqueOrThrow({ where: { id: head.departmentId! } });
    const mine = exported.initiatives!.find((i) => i.departmentCode === own.code)!;
    const other = exported.initiatives!.find((i) => i.departmentCode !== own.code)!;
    const bytes = await writeWorkbook(
      {
        departments: [{ code: own.code, name: `${own.name} (umbenannt)` }],
        initiatives: [{ ...mine, summary: "Neu formuliert" }, { ...other, summary: "Nicht meins" }],
      },
      "de",
    );
    const report = await importFile(t, head, bytes, { dryRun: true });
    expect(report.rows.map((r) => r.outcome)).toEqual(["error", "update", "error"]);
    expect(errors(report)).toEqual([
      expect.stringContaining("nur die Administration"),
      expect.stringContaining("nur Vorhaben Ihres eigenen Amts"),
    ]);
  });
});

describe("German Excel CSV", () => {
  it("imports a Windows-1252 initiatives CSV with decimal commas, quotes and German dates", async () => {
    const t = await openDemo();
    const i = exported.initiatives![0]!;
    const csv = [
      "Kürzel;Titel;Handlungsfeld;Amt;Status;Ampel;Begründung Ampel;Geplanter Beginn;Geplantes Ende;Sichtbarkeit",
      `${i.code};"Straße; neu gedacht";${i.fieldCode};${i.departmentCode};Geplant;Gefährdet;"Lieferung verzögert; Ersatz gesucht";01.03.2026;29.02.2028;Nur intern`,
    ].join("\r\n");
    const bytes = new Uint8Array(Buffer.from(csv, "latin1"));
    const report = await importFile(t, t.admin, bytes, { dryRun: false, fileName: "Vorhaben.csv" });
    expect(report.detected).toMatchObject({ encoding: "windows-1252", separator: ";", dateFormat: "dd.mm.yyyy" });
    expect(errors(report)).toEqual([]);
    expect(report.applied).toBe(true);
    const stored = await t.prisma.initiative.findUniqueOrThrow({ where: { code: i.code } });
    expect(stored).toMatchObject({ title: "Straße; neu gedacht", health: "AT_RISK", healthReason: "Lieferung verzögert; Ersatz gesucht" });
    expect(stored.plannedEnd!.toISOString().slice(0, 10)).toBe("2028-02-29");
  });
});
