// `npm run import` in-process against the demo database: arguments, the printed rows and summary
// line, exit code 1 on an error row (nothing written), the named user as the audited actor.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoFixture } from "@/tests/db";
import { importFromFile, parseImportArgs, reportLines } from "./cli-import";
import { masterplanRows } from "./export";
import { writeWorkbook } from "./workbook";

const ADMIN = "admin@demo.masterplan.example";
const demo = demoFixture();
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-import-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run import", () => {
  it("parses its arguments and refuses anything else with the usage", () => {
    expect(parseImportArgs(["plan.xlsx", "--as", "Admin@X.de", "--dry-run"], "import")).toEqual({ file: "plan.xlsx", as: "admin@x.de", dryRun: true });
    expect(() => parseImportArgs(["plan.xlsx"], "import")).toThrow(/usage: npm run import -- <file.xlsx\|file.csv> --as/);
    expect(() => parseImportArgs(["plan.xlsx", "--as", "a@b.de", "--force"], "import")).toThrow(/usage/);
  });

  it("prints changed rows and the summary, exits 0, and audits the named user", async () => {
    const rows = await masterplanRows(demo.prisma);
    const first = rows.initiatives![0]!;
    const changed = { ...first, code: first.code!, summary: "Per Kommandozeile geändert" };
    const file = path.join(dir, "vorhaben.xlsx");
    fs.writeFileSync(file, await writeWorkbook({ initiatives: [changed, ...rows.initiatives!.slice(1, 3)] }, "de"));
    const dry = await importFromFile(demo.prisma, { file, as: ADMIN, dryRun: true });
    expect(dry.exitCode).toBe(0);
    expect(reportLines(dry.report)).toEqual([
      `update  Vorhaben Zeile 2: ${changed.code} (Kurzbeschreibung)`,
      "dry run: nothing was written.",
      "created 0, updated 1, unchanged 2, errors 0",
    ]);
    const applied = await importFromFile(demo.prisma, { file, as: ADMIN, dryRun: false });
    expect(applied.exitCode).toBe(0);
    expect(reportLines(applied.report).at(-1)).toBe("created 0, updated 1, unchanged 2, errors 0");
    const admin = await demo.prisma.user.findUniqueOrThrow({ where: { email: ADMIN } });
    expect(await demo.prisma.auditEvent.count({ where: { action: "import.apply", actorId: admin.id } })).toBe(1);
    expect((await demo.prisma.initiative.findUniqueOrThrow({ where: { code: changed.code } })).summary).toBe("Per Kommandozeile geändert");
  });

  it("exits 1 with the row's message when a row has an error, and writes nothing", async () => {
    const file = path.join(dir, "Haushalt.csv");
    fs.writeFileSync(file, "Vorhaben;Jahr;Finanzierungsquelle;Geplant (EUR)\r\nXYZ-99;2027;Städtische Mittel;1.000,50\r\n", "latin1");
    const before = await demo.prisma.budgetLine.count();
    const { report, exitCode } = await importFromFile(demo.prisma, { file, as: ADMIN, dryRun: false });
    expect(exitCode).toBe(1);
    const lines = reportLines(report);
    expect(lines).toContain("error   Blatt 'Haushalt.csv', Zeile 2, Spalte 'Vorhaben': Das Vorhaben 'XYZ-99' gibt es nicht, weder in der Datenbank noch fehlerfrei im Blatt Vorhaben dieser Datei.");
    expect(lines.at(-1)).toBe("created 0, updated 0, unchanged 0, errors 1");
    expect(await demo.prisma.budgetLine.count()).toBe(before);
  });

  it("refuses an unknown or inactive user before reading the file", async () => {
    await expect(importFromFile(demo.prisma, { file: path.join(dir, "none.xlsx"), as: "nobody@example.org", dryRun: true })).rejects.toThrow(/no active user/);
  });
});
