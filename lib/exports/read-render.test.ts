// Exports that the worker reads itself (read-render.ts): on a PostgreSQL server the request's
// thread hands over only the actor and the parameters; the worker opens its own connection,
// reads, shapes and draws. Proven by closing the request thread's client first: the file is still
// made. Errors cross back as the same AppError codes. On the embedded PGlite there is no server to
// hand over, and the request's thread reads as before.
import { afterAll, describe, expect, it } from "vitest";
import { connect, serverUrlOf } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { buildPortfolioExport } from "@/lib/portfolio/export";
import { demoFixture } from "@/tests/db";
import { closeExportPool, readAndRenderInWorker } from "./pool";

const NOW = new Date("2026-03-31T22:30:00Z"); // 00:30 on 1 April in the city (CEST): the worker must take the request's day, not UTC's
const onServer = !!process.env.TEST_DATABASE_URL;
const demo = demoFixture();

afterAll(() => closeExportPool());

describe("exports read by the worker", () => {
  it.runIf(!onServer)("are read on the request's thread on the embedded PGlite (no server to hand over)", () => {
    expect(serverUrlOf(demo.prisma)).toBeNull();
  });

  it.runIf(onServer)("make the portfolio file from the worker's own connection: the request thread's client may even be closed", async () => {
    const url = serverUrlOf(demo.prisma)!;
    expect(url).toMatch(/^postgres/);
    const own = await connect({ engine: "server", url });
    const reference = await buildPortfolioExport(own.prisma, demo.council, new URLSearchParams("format=csv&cols=code,title"), "de", { now: NOW });
    await own.close();
    // The same call on a closed client: nothing on this thread reads, so nothing fails.
    const again = await buildPortfolioExport(own.prisma, demo.council, new URLSearchParams("format=csv&cols=code,title"), "de", { now: NOW });
    expect(again.filename).toBe("portfolio-2026-04-01.csv");
    expect(Buffer.from(again.body).toString("utf8")).toBe(Buffer.from(reference.body).toString("utf8"));
    const lines = Buffer.from(again.body).toString("utf8").trim().split(/\r?\n/);
    expect(lines.length).toBe((await demo.prisma.initiative.count({ where: { archivedAt: null } })) + 1);
  });

  it.runIf(onServer)("draw the council report PDF with its file name", async () => {
    const out = await readAndRenderInWorker({
      kind: "council-report-pdf",
      dbUrl: serverUrlOf(demo.prisma)!,
      actor: demo.council,
      request: { quarter: "2026-Q1", scope: "masterplan" },
      locale: "en",
      now: NOW.toISOString(),
    });
    expect(out.contentType).toBe("application/pdf");
    expect(out.filename).toBe("ratsbericht-2026-Q1-masterplan.pdf");
    expect(Buffer.from(out.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });

  it.runIf(onServer)("bring the worker's AppError back with its code and field errors, and check access again there", async () => {
    const dbUrl = serverUrlOf(demo.prisma)!;
    const base = { kind: "council-report-pdf" as const, dbUrl, locale: "de" as const, now: NOW.toISOString() };
    const wrongScope = readAndRenderInWorker({ ...base, actor: demo.council, request: { scope: "nonsense" } });
    await expect(wrongScope).rejects.toBeInstanceOf(AppError);
    await expect(wrongScope).rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { scope: [expect.any(String)] } } });
    // A project lead may not export reports: the worker's builder refuses too, should a task ever be made for one.
    await expect(readAndRenderInWorker({ ...base, actor: demo.lead, request: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.runIf(onServer)("answer UNAVAILABLE (503) when the worker cannot reach the database", async () => {
    const down = new URL(serverUrlOf(demo.prisma)!);
    down.port = "1"; // nothing listens there
    await expect(
      readAndRenderInWorker({ kind: "portfolio-export", dbUrl: down.href, actor: demo.council, search: "format=csv", locale: "de", now: NOW.toISOString() }),
    ).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });
});
