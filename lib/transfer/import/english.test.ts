// The workbook carries the initiatives' English texts: exported in their own columns, read back
// unchanged, and an edited English cell updates (or, emptied, removes) the English text.
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
});
