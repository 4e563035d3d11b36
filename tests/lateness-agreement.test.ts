// One definition of lateness, told the same way everywhere (issue 11, item 3): on the demo database
// and two fixed days (the demo's day, and New Year's Eve at 23:30 in Duisburg, when UTC still reads
// 22:30), every initiative's delay and overdue count agree between the portfolio row, the
// portfolio's CSV export, the council report (its entry for the initiative and its list of overdue
// milestones) and the public open data (the milestones JSON carries `overdue`, and `delayDays` once
// published; the initiative's figure is derived from its public milestones where all of them are
// public). All of them must say what lib/milestones/lateness.ts says about the raw dates.
// A seeded initiative holds the boundary case: a public milestone 90 days overdue on the demo's
// day, never re-forecast, must read 90 days of delay everywhere, not 0.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCouncilReport, type CouncilReport } from "@/lib/council-report/build";
import { cityToday, isoDate } from "@/lib/dates";
import { delayDays, initiativeDelayDays, isOverdue, overdueDays, type MilestoneDates } from "@/lib/milestones/lateness";
import { listInitiatives } from "@/lib/open-data/initiatives";
import { listMilestones } from "@/lib/open-data/tables";
import { buildPortfolioExport } from "@/lib/portfolio/export";
import { listPortfolioRows } from "@/lib/portfolio/queries";
import type { PortfolioRow } from "@/lib/portfolio/row";
import { demoFixture } from "./db";

/** The demo's day, and 23:30 on 31 December in Duisburg (22:30 UTC): year end and time-zone edge at once. */
const DAYS = [
  { now: new Date("2026-11-25T10:00:00Z"), today: "2026-11-25" },
  { now: new Date("2026-12-31T22:30:00Z"), today: "2026-12-31" },
];
const BOUNDARY = "GES-94";

const demo = demoFixture();
/** Every milestone's dates per initiative code (non-archived initiatives), straight from the table. */
let datesByCode: Map<string, { dates: MilestoneDates; isPublic: boolean; title: string }[]>;
let publicCodes: Set<string>;

const day = (d: Date | null) => (d ? isoDate(d) : null);

beforeAll(async () => {
  // The boundary case: public, one milestone due 2026-08-27 and never re-forecast, 90 days overdue on the
  // demo's day, and an approved report for the running quarter 2026-Q4 so that the council report has an
  // entry for it (a past quarter's report shows the lateness frozen at its end, lib/report-snapshots).
  const ref = await demo.prisma.initiative.findFirstOrThrow({ where: { code: "GES-01" }, select: { fieldOfActionId: true, departmentId: true } });
  await demo.prisma.initiative.create({
    data: {
      code: BOUNDARY,
      slug: "ges-94-neunzig-tage",
      title: "Neunzig Tage überfällig",
      visibility: "PUBLIC",
      status: "IN_PROGRESS",
      fieldOfActionId: ref.fieldOfActionId,
      departmentId: ref.departmentId,
      milestones: {
        create: [
          { title: "Nie neu prognostiziert", sortOrder: 1, weight: 2, baselineDate: new Date("2026-08-27"), forecastDate: new Date("2026-08-27") },
          { title: "Früh erledigt", sortOrder: 2, weight: 1, baselineDate: new Date("2026-06-01"), forecastDate: new Date("2026-06-01"), completedDate: new Date("2026-05-20") },
          { title: "Noch nicht fällig", sortOrder: 3, weight: 1, baselineDate: new Date("2027-06-30"), forecastDate: new Date("2027-06-30") },
        ],
      },
      statusReports: {
        create: [{ period: "2026-Q4", health: "AT_RISK", state: "APPROVED", summary: "Ein Meilenstein ist überfällig.", publicSummary: "Verzögerung.", reviewedAt: new Date("2026-11-20T09:00:00Z") }],
      },
    },
  });
  const initiatives = await demo.prisma.initiative.findMany({
    where: { archivedAt: null },
    select: { code: true, visibility: true, milestones: { select: { title: true, isPublic: true, baselineDate: true, forecastDate: true, completedDate: true } } },
  });
  datesByCode = new Map(
    initiatives.map((i) => [
      i.code,
      i.milestones.map((m) => ({ title: m.title, isPublic: m.isPublic, dates: { baselineDate: day(m.baselineDate), forecastDate: day(m.forecastDate), completedDate: day(m.completedDate) } })),
    ]),
  );
  publicCodes = new Set(initiatives.filter((i) => i.visibility === "PUBLIC").map((i) => i.code));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

/** The CSV download as text, its byte order mark kept (the tests check it). */
const csvText = (body: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);

/** The portfolio's CSV with code, delay and overdue count, parsed: code → [delay cell, overdue cell]. */
async function exportCells(now: Date): Promise<Map<string, [string, string]>> {
  const out = await buildPortfolioExport(demo.prisma, demo.council, new URLSearchParams("format=csv&cols=code,delay,overdue"), "de", { now });
  const records: string[][] = parse(csvText(out.body), { bom: true });
  expect(records[0]).toEqual(["Kennung", "Verzug (Tage)", "Überfällige Meilensteine"]);
  return new Map(records.slice(1).map((r) => [r[0]!, [r[1]!, r[2]!]]));
}

/** The public milestones as the open-data JSON lists them, read on `now` (the open data reads the app clock). */
async function openDataMilestones(now: Date) {
  vi.stubEnv("FIXED_NOW", now.toISOString());
  try {
    const { rows } = await listMilestones(demo.prisma, {});
    expect(rows.length).toBeGreaterThan(0);
    return rows as (Awaited<ReturnType<typeof listMilestones>>["rows"][number] & { delayDays?: number | null })[];
  } finally {
    vi.unstubAllEnvs();
  }
}

describe.each(DAYS)("lateness agrees everywhere on $today", ({ now, today }) => {
  let rows: PortfolioRow[];
  let byCode: Map<string, PortfolioRow>;
  let report: CouncilReport;
  beforeAll(async () => {
    expect(cityToday(now)).toBe(today);
    rows = await listPortfolioRows(demo.prisma, demo.council, { now });
    byCode = new Map(rows.map((r) => [r.code, r]));
    report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q4" }, "de", now);
  });

  it("gives each portfolio row the delay and overdue count lateness.ts computes from the milestones' dates", () => {
    expect(rows.length).toBe(datesByCode.size);
    for (const row of rows) {
      const ms = datesByCode.get(row.code)!.map((m) => m.dates);
      expect([row.code, row.delayDays, row.overdueMilestones]).toEqual([row.code, initiativeDelayDays(ms, today), ms.filter((m) => isOverdue(m, today)).length]);
    }
    expect(rows.filter((r) => r.overdueMilestones > 0).length).toBeGreaterThan(1);
  });

  it("writes the same figures into the export's cells", async () => {
    const cells = await exportCells(now);
    expect(cells.size).toBe(rows.length);
    for (const row of rows) expect([row.code, ...cells.get(row.code)!]).toEqual([row.code, row.delayDays === null ? "" : String(row.delayDays), String(row.overdueMilestones)]);
  });

  it("puts the same figures into the council report: each entry, and one line per overdue milestone", () => {
    const entries = report.fields.flatMap((f) => f.reports);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      const row = byCode.get(e.initiativeCode)!;
      expect([e.initiativeCode, e.delayDays, e.overdueMilestones]).toEqual([row.code, row.delayDays, row.overdueMilestones]);
    }
    for (const row of rows) {
      const late = report.late.filter((l) => l.initiativeCode === row.code);
      expect([row.code, late.length]).toEqual([row.code, row.overdueMilestones]);
      const ms = datesByCode.get(row.code)!;
      for (const l of late) {
        const m = ms.find((x) => x.title === l.milestoneTitle && x.dates.baselineDate === l.baselineDate)!.dates;
        expect([l.overdueDays, l.delayDays]).toEqual([overdueDays(m, today), delayDays(m, today)]);
      }
    }
    // The key figure counts the open milestones due in the quarter that are overdue; never more than all overdue ones.
    expect(report.figures.milestones.overdue).toBeLessThanOrEqual(report.late.length);
  });

  it("agrees with the public open data for every public initiative whose milestones are all public", async () => {
    const published = await openDataMilestones(now);
    const hasDelayDays = published.some((m) => "delayDays" in m);
    const publicByCode = new Map<string, typeof published>();
    for (const m of published) publicByCode.set(m.initiative.code, [...(publicByCode.get(m.initiative.code) ?? []), m]);
    let compared = 0;
    for (const code of publicCodes) {
      const all = datesByCode.get(code)!;
      const pub = publicByCode.get(code) ?? [];
      expect(pub.length, code).toBe(all.filter((m) => m.isPublic).length);
      // Each published milestone says what the definition says about its dates.
      for (const m of pub) {
        expect([code, m.title, m.overdue]).toEqual([code, m.title, isOverdue(m, today)]);
        if (hasDelayDays) expect([code, m.title, m.delayDays]).toEqual([code, m.title, delayDays(m, today)]);
      }
      if (pub.length !== all.length) continue; // internal milestones would change the initiative's figure
      const row = byCode.get(code)!;
      // delayDays of the open milestones as published (or, until published, from the published dates).
      const openDelays = pub.filter((m) => m.completedDate === null).map((m) => (hasDelayDays ? m.delayDays! : delayDays(m, today)!));
      const publicDelay = openDelays.length ? Math.max(...openDelays) : null;
      expect([code, publicDelay, pub.filter((m) => m.overdue).length]).toEqual([code, row.delayDays, row.overdueMilestones]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it("agrees with the overdue count of the public initiative list, where it is published", async () => {
    vi.stubEnv("FIXED_NOW", now.toISOString());
    try {
      const { rows: listed } = await listInitiatives(demo.prisma, {});
      for (const i of listed as (typeof listed[number] & { overdueMilestones?: number })[]) {
        if (i.overdueMilestones === undefined) continue;
        const pub = datesByCode.get(i.code)!.filter((m) => m.isPublic);
        expect([i.code, i.overdueMilestones]).toEqual([i.code, pub.filter((m) => isOverdue(m.dates, today)).length]);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("a milestone 90 days overdue that was never re-forecast", () => {
  const { now } = DAYS[0]!;

  it("is 90 days late in the portfolio, the export, the council report and the open data, not 0", async () => {
    const row = (await listPortfolioRows(demo.prisma, demo.council, { now })).find((r) => r.code === BOUNDARY)!;
    expect(row).toMatchObject({ delayDays: 90, overdueMilestones: 1 });

    expect((await exportCells(now)).get(BOUNDARY)).toEqual(["90", "1"]);

    const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q4" }, "de", now);
    expect(report.fields.flatMap((f) => f.reports).find((e) => e.initiativeCode === BOUNDARY)).toMatchObject({ delayDays: 90, overdueMilestones: 1 });
    expect(report.late.filter((l) => l.initiativeCode === BOUNDARY)).toEqual([
      expect.objectContaining({ milestoneTitle: "Nie neu prognostiziert", baselineDate: "2026-08-27", forecastDate: "2026-08-27", overdueDays: 90, delayDays: 90 }),
    ]);

    const published = (await openDataMilestones(now)).filter((m) => m.initiative.code === BOUNDARY);
    const late = published.find((m) => m.title === "Nie neu prognostiziert")!;
    expect(late).toMatchObject({ overdue: true, slipDays: 0 });
    if ("delayDays" in late) expect(late.delayDays).toBe(90);
    expect(published.filter((m) => m.overdue)).toHaveLength(1);
  });

  it("is not overdue while due, and one day late the day after, in the portfolio and the council report alike", async () => {
    for (const [instant, delay, overdue] of [
      ["2026-08-27T21:30:00Z", 0, 0], // 23:30 on the due day in Duisburg
      ["2026-08-27T22:30:00Z", 1, 1], // 00:30 the next day
    ] as const) {
      const now = new Date(instant);
      const row = (await listPortfolioRows(demo.prisma, demo.council, { now })).find((r) => r.code === BOUNDARY)!;
      expect(row).toMatchObject({ delayDays: delay, overdueMilestones: overdue });
      // The running quarter on that day: its report reads lateness on the day of generation.
      const report = await buildCouncilReport(demo.prisma, demo.council, { quarter: "2026-Q3" }, "de", now);
      expect(report.late.filter((l) => l.initiativeCode === BOUNDARY).map((l) => l.delayDays)).toEqual(overdue ? [1] : []);
    }
  });
});
