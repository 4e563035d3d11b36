// The workbook carries the English texts of initiatives, fields of action, milestones and KPIs:
// exported in their own columns, read back unchanged, and an edited English cell updates (or,
// emptied, removes) the English text.
import { beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { masterplanRows } from "../export";
import { writeWorkbook, type WorkbookData } from "../workbook";
import { importWorkbookAction } from "./workbook-action";
import type { ImportReport } from "./types";

const demo = demoFixture();
let exported: WorkbookData;

beforeAll(async () => {
  exported = await masterplanRows(demo.prisma);
});

async function importRows(data: WorkbookData): Promise<ImportReport> {
  const bytes = await writeWorkbook(data, "de");
  const r = await importWorkbookAction.execute(demo.admin, { fileName: "english.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun: false }, { db: demo.prisma, locale: "de" });
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.data;
}

describe("English texts in the workbook", () => {
  it("exports an initiative's English title, summary and description and reads them back unchanged", async () => {
    const row = exported.initiatives!.find((r) => r.code === "VER-01")!;
    expect(row).toMatchObject({ titleEn: "Duisburg digital citizens' portal (Online Access Act)", summaryEn: expect.stringContaining("one central portal") });
    expect(exported.initiatives!.find((r) => r.code !== "VER-01")).toMatchObject({ titleEn: "", summaryEn: "", descriptionEn: "" });
    const report = await importRows({ initiatives: [row] });
    expect(report.rows[0]).toMatchObject({ outcome: "unchanged" });
  });

  it("updates an edited English cell and removes an emptied one, audited", async () => {
    const row = exported.initiatives!.find((r) => r.code === "VER-01")!;
    const report = await importRows({ initiatives: [{ ...row, titleEn: "Citizens' portal", summaryEn: "" }] });
    expect(report.rows[0]).toMatchObject({ outcome: "update", changed: ["Titel (englisch)", "Kurzbeschreibung (englisch)"] });
    const stored = await demo.prisma.initiative.findUniqueOrThrow({ where: { code: "VER-01" } });
    expect(stored).toMatchObject({ titleEn: "Citizens' portal", summaryEn: null, descriptionEn: expect.stringContaining("citizens' portal") });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "initiative.update", entityId: stored.id }, orderBy: { at: "desc" } });
    expect(event.after).toMatchObject({ titleEn: "Citizens' portal", summaryEn: null });
  });

  it("round-trips the English texts of fields of action, milestones and KPIs, and applies edited ones", async () => {
    const field = await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "VER" } });
    await demo.prisma.fieldOfAction.update({ where: { id: field.id }, data: { titleEn: "Digital administration", descriptionEn: "Services online" } });
    const milestone = await demo.prisma.milestone.findFirstOrThrow({ where: { initiative: { code: "VER-01" } }, orderBy: { sortOrder: "asc" } });
    await demo.prisma.milestone.update({ where: { id: milestone.id }, data: { titleEn: "Portal live", descriptionEn: null } });
    const kpi = await demo.prisma.kpi.findFirstOrThrow({ where: { initiative: { code: "VER-01" } }, orderBy: { name: "asc" } });
    await demo.prisma.kpi.update({ where: { id: kpi.id }, data: { nameEn: "Online applications", unitEn: "applications" } });

    const rows = await masterplanRows(demo.prisma);
    const fieldRow = rows.fieldsOfAction!.find((r) => r.code === "VER")!;
    expect(fieldRow).toMatchObject({ titleEn: "Digital administration", descriptionEn: "Services online" });
    const milestoneRow = rows.milestones!.find((r) => r.initiativeCode === "VER-01" && r.title === milestone.title)!;
    expect(milestoneRow).toMatchObject({ titleEn: "Portal live", descriptionEn: "" });
    const kpiRow = rows.kpis!.find((r) => r.ownerCode === "VER-01" && r.name === kpi.name)!;
    expect(kpiRow).toMatchObject({ nameEn: "Online applications", unitEn: "applications" });

    // Written to the file and read back: nothing changes.
    const same = await importRows({ fieldsOfAction: [fieldRow], milestones: [milestoneRow], kpis: [kpiRow] });
    expect(same.rows.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);

    // Edited English cells update, an emptied one removes, audited with the English header.
    const edited = await importRows({
      fieldsOfAction: [{ ...fieldRow, descriptionEn: "" }],
      milestones: [{ ...milestoneRow, titleEn: "Portal online" }],
      kpis: [{ ...kpiRow, unitEn: "requests" }],
    });
    expect(edited.rows.map((r) => [r.outcome, r.changed])).toEqual([
      ["update", ["Beschreibung (englisch)"]],
      ["update", ["Titel (englisch)"]],
      ["update", ["Einheit (englisch)"]],
    ]);
    expect(await demo.prisma.fieldOfAction.findUniqueOrThrow({ where: { id: field.id } })).toMatchObject({ titleEn: "Digital administration", descriptionEn: null });
    expect(await demo.prisma.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ titleEn: "Portal online" });
    expect(await demo.prisma.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).toMatchObject({ nameEn: "Online applications", unitEn: "requests" });
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "kpi.update", entityId: kpi.id }, orderBy: { at: "desc" } });
    expect(event.after).toMatchObject({ unitEn: "requests" });
  });

  it("creates fields, milestones and KPIs with their English texts", async () => {
    const rows = await masterplanRows(demo.prisma);
    const base = rows.kpis!.find((r) => r.ownerCode === "VER-01")!;
    const report = await importRows({
      fieldsOfAction: [{ code: "ENGX", title: "Englischtest", description: "", sortOrder: "90", color: "", titleEn: "English test", descriptionEn: "" }],
      milestones: [{ ...rows.milestones!.find((r) => r.initiativeCode === "VER-01")!, code: "", title: "Neuer Meilenstein", titleEn: "New milestone", descriptionEn: "", completedDate: "" }],
      kpis: [{ ...base, name: "Neue Kennzahl", nameEn: "New KPI", unitEn: "cases", descriptionEn: "" }],
    });
    expect(report.rows.map((r) => r.outcome)).toEqual(["create", "create", "create"]);
    expect(await demo.prisma.fieldOfAction.findFirstOrThrow({ where: { code: "ENGX" } })).toMatchObject({ titleEn: "English test", descriptionEn: null });
    expect(await demo.prisma.milestone.findFirstOrThrow({ where: { title: "Neuer Meilenstein" } })).toMatchObject({ titleEn: "New milestone" });
    expect(await demo.prisma.kpi.findFirstOrThrow({ where: { name: "Neue Kennzahl" } })).toMatchObject({ nameEn: "New KPI", unitEn: "cases" });
  });
});
