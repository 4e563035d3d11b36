// The upload reader on its own thread, for real (piscina loading read.ts through tsx): the large
// plan's workbook comes back as rows, the reader's refusals come back as the same errors, and a
// workbook that needs more memory than the thread may take is refused with a message in both
// languages — the thread ends, the test's process (the server, in production) does not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { LARGE, largePlanWorkbook } from "@/tests/large-workbook";
import { TransferFileError } from "./read";
import { closeUploadReaders, READ_HEAP_MB, readUploadInWorker } from "./read-pool";

let large: Uint8Array;
beforeAll(async () => {
  large = await largePlanWorkbook();
}, 180_000);
afterAll(() => closeUploadReaders());

describe("readUploadInWorker", () => {
  it(`reads the large plan's workbook (${LARGE.initiatives} initiatives, ${LARGE.milestones} milestones) within the thread's ${READ_HEAP_MB} MB`, async () => {
    const result = await readUploadInWorker(large, "masterplan.xlsx");
    expect(result.format).toBe("xlsx");
    expect(result.problems).toEqual([]);
    const rows = Object.fromEntries(result.sheets.map((s) => [s.entity, s.rows.length]));
    expect(rows).toMatchObject({
      initiatives: LARGE.initiatives,
      milestones: LARGE.milestones,
      kpis: LARGE.kpis,
      kpiValues: LARGE.kpis * LARGE.measurementsPerKpi,
      budgetLines: 5 * LARGE.initiatives,
    });
    const milestones = result.sheets.find((s) => s.entity === "milestones")!;
    expect(milestones.rows[0]).toMatchObject({ rowNumber: 2, cells: { code: "M0", baselineDate: "2024-01-01", isPublic: "nein" } });
    expect(milestones.rows.at(-1)!.rowNumber).toBe(LARGE.milestones + 1);
  }, 300_000);

  it("refuses a workbook that needs more than the thread's heap, in German and English, and reads the next file", async () => {
    const error = await readUploadInWorker(large, "masterplan.xlsx", { heapMb: 64 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferFileError);
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "tooComplex", details: { fieldErrors: { file: ["#transfer.errors.tooComplex"] } } });
    expect(de.transfer.errors.tooComplex).toMatch(/zu umfangreich/);
    expect(en.transfer.errors.tooComplex).toMatch(/too extensive/);
    // The thread that ran out was replaced: the same limit reads a small file.
    const small = await readUploadInWorker(new TextEncoder().encode("Kürzel;Name\nBB;Bürgerbüro\n"), "Ämter.csv", { heapMb: 64 });
    expect(small.sheets[0]!.rows.map((r) => r.cells)).toEqual([{ code: "BB", name: "Bürgerbüro" }]);
  }, 300_000);

  it("passes the reader's own refusals through as the same errors", async () => {
    await expect(readUploadInWorker(new TextEncoder().encode("PK\u0003\u0004kaputt"), "plan.xlsx")).rejects.toMatchObject({ messageKey: "unreadable", code: "VALIDATION" });
    await expect(readUploadInWorker(new TextEncoder().encode("x"), "plan.pdf")).rejects.toBeInstanceOf(TransferFileError);
  }, 120_000);
});
