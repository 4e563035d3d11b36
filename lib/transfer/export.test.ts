// Template and export against the demo database: the template's sheets, README and validation
// lists; the export read back by the reader gives exactly the exported cells and the database's
// content; the routes are apiDownload handlers (the template for "portfolio.read", the export for "structure.manage"); the CLI's export writes a
// readable file and audits it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportGET } from "@/app/(internal)/app/admin/export.xlsx/route";
import { GET as templateGET } from "@/app/(internal)/app/admin/import/template.xlsx/route";
import { BUILT_WITH_POLICY } from "@/lib/actions/server";
import { apiDownload } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import { demoFixture } from "@/tests/db";
import { exportToFile } from "./cli-export";
import { LISTS_SHEET, README_SHEET, SHEETS } from "./columns";
import { downloadExport } from "./download";
import { exportMasterplan, masterplanRows } from "./export";
import { readUpload } from "./read";
import { buildTemplateWorkbook } from "./workbook";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.actor }));

const NOW = new Date("2026-11-25T10:00:00Z");
const demo = demoFixture();

beforeEach(() => {
  session.actor = demo.admin;
});

async function loadWorkbook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("template", () => {
  it("has a README, every entity sheet with its German headers and a hidden sheet of lists", async () => {
    const wb = await loadWorkbook(await buildTemplateWorkbook("de"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([README_SHEET, ...SHEETS.map((s) => s.name), LISTS_SHEET]);
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe("hidden");
    for (const spec of SHEETS) {
      const header = (wb.getWorksheet(spec.name)!.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(spec.columns.map((c) => c.header));
    }
    const readme = wb.getWorksheet(README_SHEET)!;
    const readmeText = readme.getSheetValues().flat().filter((v) => typeof v === "string").join("\n");
    expect(readmeText).toContain("Meilensteine werden über Vorhaben und Kürzel identifiziert");
    expect(readmeText).toContain("Vorgeschlagen, Geplant, In Umsetzung, Pausiert, Abgeschlossen, Eingestellt");
    expect(readmeText).toContain("Städtische Mittel, Land, Bund, EU, Partner, Sonstige");
    for (const spec of SHEETS) for (const c of spec.columns) expect(readmeText).toContain(c.header);
  });

  it("offers validation lists for status, health, visibility, funding source, direction, frequency and ja/nein", async () => {
    const wb = await loadWorkbook(await buildTemplateWorkbook("de"));
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    const listOf = (formula: string) => {
      const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${col}${Number(from) + i}`).value);
    };
    const validation = (sheet: string, header: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const col = (ws.getRow(1).values as unknown[]).indexOf(header);
      const v = ws.getCell(2, col).dataValidation;
      expect(v?.type, `${sheet}/${header}`).toBe("list");
      expect(ws.getCell(400, col).dataValidation?.type).toBe("list");
      return listOf(v!.formulae![0] as string);
    };
    expect(validation("Vorhaben", "Status")).toEqual(["Vorgeschlagen", "Geplant", "In Umsetzung", "Pausiert", "Abgeschlossen", "Eingestellt"]);
    expect(validation("Vorhaben", "Ampel")).toEqual(["Im Plan", "Gefährdet", "Kritisch"]);
    expect(validation("Vorhaben", "Sichtbarkeit")).toEqual(["Öffentlich", "Nur intern"]);
    expect(validation("Haushalt", "Finanzierungsquelle")).toEqual(["Städtische Mittel", "Land", "Bund", "EU", "Partner", "Sonstige"]);
    expect(validation("Kennzahlen", "Richtung")).toEqual(["Höher ist besser", "Niedriger ist besser"]);
    expect(validation("Kennzahlen", "Erhebung")).toEqual(["Monatlich", "Vierteljährlich", "Jährlich"]);
    expect(validation("Meilensteine", "Öffentlich")).toEqual(["ja", "nein"]);
  });

  it("is read back by the reader as every sheet without rows and without problems", async () => {
    const result = await readUpload(await buildTemplateWorkbook("en"), "masterplan-vorlage.xlsx");
    expect(result.problems).toEqual([]);
    expect(result.sheets.map((s) => [s.entity, s.rows.length])).toEqual(SHEETS.map((s) => [s.entity, 0]));
  });
});

describe("export", () => {
  it("reads back into exactly the exported cells, sheet by sheet", async () => {
    const out = await exportMasterplan(demo.prisma, demo.admin, "de", NOW);
    expect(out.filename).toBe("masterplan-2026-11-25.xlsx");
    const expected = await masterplanRows(demo.prisma);
    const result = await readUpload(out.body, out.filename);
    expect(result.problems).toEqual([]);
    expect(result.sheets.map((s) => s.entity)).toEqual(SHEETS.map((s) => s.entity));
    for (const sheet of result.sheets) {
      const spec = SHEETS.find((s) => s.entity === sheet.entity)!;
      expect(sheet.columns).toEqual(spec.columns.map((c) => c.key));
      const rows = expected[sheet.entity]!.filter((r) => Object.values(r).some((v) => v !== ""));
      expect(rows.length, `${sheet.name} has demo rows`).toBeGreaterThan(0);
      expect(sheet.rows.map((r) => r.cells), sheet.name).toEqual(rows);
    }
  });

  it("contains the demo's content as in the database", async () => {
    const result = await readUpload((await exportMasterplan(demo.prisma, demo.admin, "de", NOW)).body, "x.xlsx");
    const sheet = (entity: string) => result.sheets.find((s) => s.entity === entity)!.rows.map((r) => r.cells);
    const db = demo.prisma;
    expect(sheet("fieldsOfAction").map((r) => r.code).sort()).toEqual((await db.fieldOfAction.findMany()).map((f) => f.code).sort());
    expect(sheet("departments")).toHaveLength(await db.department.count());
    expect(sheet("partners")).toHaveLength(await db.partner.count());
    expect(sheet("districts")).toHaveLength(await db.district.count());
    expect(sheet("initiatives").map((r) => r.code).sort()).toEqual((await db.initiative.findMany({ where: { archivedAt: null } })).map((i) => i.code).sort());
    expect(sheet("milestones")).toHaveLength(await db.milestone.count({ where: { initiative: { archivedAt: null } } }));
    expect(sheet("kpiValues")).toHaveLength(await db.kpiMeasurement.count({ where: { kpi: { OR: [{ initiativeId: null }, { initiative: { archivedAt: null } }] } } }));

    // One initiative in detail, against the database row.
    const initiative = await db.initiative.findFirstOrThrow({
      where: { archivedAt: null, leads: { some: {} }, partners: { some: {} }, plannedEnd: { not: null } },
      orderBy: { code: "asc" },
      include: { department: true, fieldOfAction: true, leads: { include: { user: true } }, partners: { include: { partner: true } }, districts: { include: { district: true } } },
    });
    const row = sheet("initiatives").find((r) => r.code === initiative.code)!;
    expect(row).toMatchObject({ title: initiative.title, fieldCode: initiative.fieldOfAction.code, departmentCode: initiative.department.code });
    expect(row.plannedEnd).toBe(initiative.plannedEnd!.toISOString().slice(0, 10));
    expect(row.leads!.split("; ").sort()).toEqual(initiative.leads.map((l) => l.user.email).sort());
    expect(row.partners!.split("; ")).toHaveLength(initiative.partners.length);
    expect(row.districts ? row.districts.split("; ").sort() : []).toEqual(initiative.districts.map((d) => d.district.code).sort());

    // Money: the sum of the planned budget equals the database's.
    const plannedSum = sheet("budgetLines").reduce((s, r) => s + Math.round(Number(r.planned) * 100), 0);
    const dbSum = await db.budgetLine.aggregate({ where: { initiative: { archivedAt: null } }, _sum: { planned: true } });
    expect(plannedSum).toBe(Math.round(Number(dbSum._sum.planned) * 100));
  });

  it("refuses everyone but administrators", async () => {
    for (const user of ["head", "lead", "viewer"] as const) {
      await expect(exportMasterplan(demo.prisma, demo[user], "de", NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(exportMasterplan(demo.prisma, null, "de", NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("download routes", () => {
  it("are apiDownload handlers: the empty template for every signed-in user, the export for structure.manage", () => {
    expect((templateGET as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("portfolio.read");
    expect((exportGET as unknown as Record<symbol, unknown>)[BUILT_WITH_POLICY]).toBe("structure.manage");
  });

  it("gives an administrator the export as an XLSX attachment and refuses a department head", async () => {
    const handler = apiDownload("structure.manage", (ctx) => downloadExport(ctx, NOW), { db: demo.prisma });
    const get = () => handler(new Request("http://localhost:3000/app/admin/export.xlsx", { headers: { cookie: "mm.session=test" } }), { params: Promise.resolve({}) });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain('filename="masterplan-2026-11-25.xlsx"');
    const read = await readUpload(new Uint8Array(await response.arrayBuffer()), "masterplan.xlsx");
    expect(read.sheets.find((s) => s.entity === "initiatives")!.rows.length).toBeGreaterThan(0);

    session.actor = demo.head;
    expect((await get()).status).toBe(403);
  });
});

describe("npm run export", () => {
  it("writes a workbook the reader reads back and audits the export as the command line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-export-"));
    try {
      const file = path.join(dir, "plan.xlsx");
      const result = await exportToFile(demo.prisma, file, NOW);
      const read = await readUpload(fs.readFileSync(file), "plan.xlsx");
      expect(read.problems).toEqual([]);
      expect(read.sheets.find((s) => s.entity === "initiatives")!.rows).toHaveLength(result.counts.initiatives!);
      const audit = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "masterplan.exported" } });
      expect(audit).toMatchObject({ actorId: null, actorLabel: "cli", entityType: "Masterplan" });
      expect(audit.after).toMatchObject({ file: "plan.xlsx", sha256: result.sha256, counts: result.counts });
      await expect(exportToFile(demo.prisma, path.join(dir, "plan.csv"), NOW)).rejects.toThrow(/\.xlsx/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
