// The export workers for real (piscina threads loading render.ts through tsx): the bytes come back,
// and the thread that serves requests stays responsive while five workbooks render — the reason
// the pool exists. The same render on the requests' thread blocks it, which the measurement shows.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import type { ExportCell } from "@/lib/portfolio/export-cells";
import { closeExportPool, renderInWorker } from "./pool";
import { renderExport, type ExportTask } from "./render";

afterAll(() => closeExportPool());

/** A portfolio as large as the bench's (2,000 initiatives: rows of text, money, dates and percentages). */
function bigTable(): ExportTask {
  const rows: ExportCell[][] = Array.from({ length: 2000 }, (_, i) => [
    { kind: "text", value: `DIG-${i}` },
    { kind: "text", value: `Vorhaben Nummer ${i} mit einem längeren Titel` },
    { kind: "money", cents: i * 12_345 },
    { kind: "date", value: "2026-03-31" },
    { kind: "percent", value: i % 100 },
    { kind: "integer", value: i },
  ]);
  return { kind: "portfolio-xlsx", table: { headers: ["Kennung", "Vorhaben", "Budget", "Ende", "Fortschritt", "Nr."], rows }, sheetName: "Portfolio" };
}

/** Serves a tiny HTTP answer and asks for it every 20 ms while `work` runs; the slowest answer in ms. */
async function slowestAnswerDuring(work: () => Promise<unknown>): Promise<number> {
  const server = http.createServer((_req, res) => res.end("ok"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const ask = () =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => res.resume().on("end", () => resolve(performance.now() - t0))).on("error", reject);
    });
  await ask();
  let done = false;
  let slowest = 0;
  const probe = (async () => {
    while (!done) {
      slowest = Math.max(slowest, await ask());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await probe;
    await new Promise((r) => server.close(r));
  }
  return slowest;
}

describe("export workers", () => {
  it("render on a worker thread and hand back the file's bytes", async () => {
    const csv: ExportTask = { kind: "portfolio-csv", headers: ["Kennung", "Betrag"], rows: [["DIG-1", { decimal: "12.50" }]], dialect: "excel-de" };
    const bytes = await renderInWorker(csv);
    expect(Buffer.from(bytes)).toEqual(Buffer.from(await renderExport(csv)));
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFKennung;Betrag\r\nDIG-1;12,50\r\n");
  });

  // Relative, not a time budget (budgets live in `npm run bench`): on a busy machine every answer is
  // slower, but an answer during five renders on the pool stays a small part of one render on the
  // requests' own thread.
  it("keep the requests' thread answering while five large workbooks render", async () => {
    await renderInWorker({ kind: "busy", ms: 1 }); // the thread is started (loading pdfkit and exceljs is not a render)
    const task = bigTable();
    let files: Uint8Array[] = [];
    const started = performance.now();
    const slowest = await slowestAnswerDuring(async () => {
      files = await Promise.all(Array.from({ length: 5 }, () => renderInWorker(task)));
    });
    const took = performance.now() - started;
    expect(files).toHaveLength(5);
    for (const f of files) expect(Buffer.from(f.subarray(0, 2)).toString()).toBe("PK"); // a zip: the .xlsx
    // The same render on this thread stalls the answers for about as long as it takes.
    const blocked = await slowestAnswerDuring(() => renderExport(task));
    console.log(`five workbooks in ${Math.round(took)} ms on the pool: slowest answer ${Math.round(slowest)} ms; one on this thread: ${Math.round(blocked)} ms`);
    expect(slowest).toBeLessThan(blocked / 2);
  }, 120_000);
});
