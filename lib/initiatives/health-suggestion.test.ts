// The suggested health: the pure rule at its boundaries (nothing late, one milestone overdue, long
// overdue, the overdue weight share, off-course KPIs, staleness, completed and cancelled), the
// reasons rendered through both catalogues, and the loader on the demo database: it agrees with
// the rule applied in JavaScript to every initiative's rows, and needs one statement however many
// initiatives, milestones and measurements there are.
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { isoDate } from "@/lib/dates";
import { countingClient, countQueries } from "@/lib/db/query-counter";
import type { TestDatabase } from "@/lib/db/testing";
import { Prisma } from "@/lib/generated/prisma/client";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import type { KpiPlan } from "@/lib/kpis/projection";
import type { MilestoneDates } from "@/lib/milestones/lateness";
import { useTestDatabase } from "@/tests/db";
import { isStale } from "./freshness";
import {
  greenerThanSuggested,
  healthReasonTexts,
  isGreener,
  kpiVerdict,
  loadInitiativeHealth,
  overdueFacts,
  suggestHealth,
  type HealthFacts,
} from "./health-suggestion";
import { healthReasonRequired } from "./schemas";

const TODAY = "2026-11-25";
const NOW = new Date("2026-11-25T10:00:00Z");

type Ms = MilestoneDates & { weight: number };
/** An open milestone due on `date` (never re-forecast), of the given weight. */
const due = (date: string, weight = 1): Ms => ({ baselineDate: date, forecastDate: date, completedDate: null, weight });
/** A milestone completed on its date. */
const done = (date: string, weight = 1): Ms => ({ baselineDate: date, forecastDate: date, completedDate: date, weight });

const fresh = { stale: false, days: 3 };
const facts = (over: Partial<HealthFacts> = {}): HealthFacts => ({
  status: "IN_PROGRESS",
  overdue: overdueFacts([], TODAY),
  kpis: [],
  staleness: fresh,
  ...over,
});
const withMilestones = (ms: Ms[], over: Partial<HealthFacts> = {}) => facts({ overdue: overdueFacts(ms, TODAY), ...over });

describe("suggestHealth", () => {
  it("suggests on track when nothing is late, off course or stale", () => {
    expect(suggestHealth(withMilestones([done("2026-01-10"), due("2026-12-31"), due(TODAY)]))).toEqual({ health: "ON_TRACK", reasons: [] });
  });

  it("does not count a milestone due today, nor one completed late", () => {
    const late = { baselineDate: "2026-06-01", forecastDate: "2026-09-01", completedDate: "2026-10-01", weight: 5 };
    expect(suggestHealth(withMilestones([due(TODAY), late]))?.health).toBe("ON_TRACK");
  });

  it("suggests at risk for one light milestone overdue since yesterday", () => {
    const s = suggestHealth(withMilestones([due("2026-11-24"), due("2027-03-01", 5)]));
    expect(s).toEqual({ health: "AT_RISK", reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 1 }] });
  });

  it("uses the forecast, not the baseline, of a re-forecast milestone", () => {
    const moved = { baselineDate: "2026-06-01", forecastDate: "2027-01-15", completedDate: null, weight: 3 };
    expect(suggestHealth(withMilestones([moved]))?.health).toBe("ON_TRACK");
  });

  it("suggests off track only once a milestone is overdue by more than 90 days", () => {
    const light = (date: string) => withMilestones([due(date, 1), due("2027-06-30", 10)]);
    expect(suggestHealth(light("2026-08-27"))).toMatchObject({ health: "AT_RISK", reasons: [{ kind: "overdueMilestones", maxDays: 90 }] });
    expect(suggestHealth(light("2026-08-26"))).toMatchObject({ health: "OFF_TRACK", reasons: [{ kind: "overdueMilestones", maxDays: 91 }] });
  });

  it("suggests off track when milestones overdue by more than 30 days carry a third of the open weight", () => {
    // 31 days overdue, weight 1 of 3 open: exactly a third.
    expect(suggestHealth(withMilestones([due("2026-10-25", 1), due("2027-01-31", 2)]))?.health).toBe("OFF_TRACK");
    // Just below a third.
    expect(suggestHealth(withMilestones([due("2026-10-25", 1), due("2027-01-31", 3)]))?.health).toBe("AT_RISK");
    // All the open weight overdue, but only for 30 days: still within the grace period.
    expect(suggestHealth(withMilestones([due("2026-10-26", 5)]))?.health).toBe("AT_RISK");
    // Completed weight does not count as open weight.
    expect(suggestHealth(withMilestones([due("2026-10-25", 1), due("2027-01-31", 2), done("2026-03-01", 20)]))?.health).toBe("OFF_TRACK");
  });

  it("counts several overdue milestones and names the longest overdue", () => {
    const s = suggestHealth(withMilestones([due("2026-11-20"), due("2026-11-01"), due("2027-05-01", 20)]));
    expect(s).toEqual({ health: "AT_RISK", reasons: [{ kind: "overdueMilestones", count: 2, maxDays: 24 }] });
  });

  it("suggests at risk for a KPI off course alone, and lists KPIs by name", () => {
    const s = suggestHealth(facts({ kpis: [{ name: "Glasfaseranschlüsse", verdict: "offCourse" }, { name: "Anträge online", verdict: "targetMissed" }] }));
    expect(s).toEqual({
      health: "AT_RISK",
      reasons: [{ kind: "kpiTargetMissed", kpi: "Anträge online" }, { kind: "kpiOffCourse", kpi: "Glasfaseranschlüsse" }],
    });
  });

  it("suggests at risk for staleness alone while the initiative is carried out", () => {
    expect(suggestHealth(facts({ staleness: { stale: true, days: 120 } }))).toEqual({ health: "AT_RISK", reasons: [{ kind: "stale", days: 120 }] });
    expect(suggestHealth(facts({ status: "ON_HOLD", staleness: { stale: true, days: null } }))).toEqual({ health: "AT_RISK", reasons: [{ kind: "stale", days: null }] });
  });

  it("does not hold staleness against a proposal or a plan", () => {
    expect(suggestHealth(facts({ status: "PROPOSED", staleness: { stale: true, days: null } }))?.health).toBe("ON_TRACK");
    expect(suggestHealth(facts({ status: "PLANNED", staleness: { stale: true, days: 400 } }))?.health).toBe("ON_TRACK");
    expect(suggestHealth(withMilestones([due("2026-11-01")], { status: "PLANNED", staleness: { stale: true, days: null } }))?.health).toBe("AT_RISK");
  });

  it("suggests off track when signals of two kinds come together", () => {
    const overdueAndKpi = withMilestones([due("2026-11-24"), due("2027-03-01", 9)], { kpis: [{ name: "Glasfaseranschlüsse", verdict: "offCourse" }] });
    expect(suggestHealth(overdueAndKpi)).toEqual({
      health: "OFF_TRACK",
      reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 1 }, { kind: "kpiOffCourse", kpi: "Glasfaseranschlüsse" }],
    });
    expect(suggestHealth(facts({ kpis: [{ name: "A", verdict: "offCourse" }], staleness: { stale: true, days: 100 } }))?.health).toBe("OFF_TRACK");
    expect(suggestHealth(facts({ kpis: [{ name: "A", verdict: "offCourse" }, { name: "B", verdict: "offCourse" }] }))?.health).toBe("AT_RISK");
  });

  it("leaves staleness out when asked (the save of a person ends it)", () => {
    const stale = withMilestones([due("2026-11-24"), due("2027-03-01", 9)], { staleness: { stale: true, days: 200 } });
    expect(suggestHealth(stale)?.health).toBe("OFF_TRACK");
    expect(suggestHealth(stale, { disregardStaleness: true })).toEqual({ health: "AT_RISK", reasons: [{ kind: "overdueMilestones", count: 1, maxDays: 1 }] });
  });

  it.each(["COMPLETED", "CANCELLED"] as const)("gives no suggestion for a %s initiative, however late", (status) => {
    expect(suggestHealth(withMilestones([due("2024-01-01", 10)], { status, staleness: { stale: true, days: 900 } }))).toBeNull();
  });
});

describe("kpiVerdict", () => {
  const plan: KpiPlan = { direction: "HIGHER_IS_BETTER", baseline: { date: "2026-01-01", value: 0 }, target: { date: "2027-01-01", value: 100 } };
  const monthly = (values: number[], from = 1) => values.map((value, i) => ({ date: `2026-${String(from + i).padStart(2, "0")}-01`, value }));

  it("gives no signal with too few measurements to project", () => {
    expect(kpiVerdict(plan, monthly([0, 1]), TODAY)).toBeNull();
  });

  it("gives no signal on course or with the target reached", () => {
    expect(kpiVerdict(plan, monthly([0, 10, 20, 30, 40, 50]), TODAY)).toBeNull();
    expect(kpiVerdict(plan, monthly([0, 50, 100]), TODAY)).toBeNull();
  });

  it("calls a KPI off course when its trend misses the target by the target date", () => {
    expect(kpiVerdict(plan, monthly([0, 1, 2, 3, 4, 5]), TODAY)).toBe("offCourse");
  });

  it("calls the target missed once the target date has passed without reaching it, even without a later measurement", () => {
    const past: KpiPlan = { ...plan, target: { date: "2026-10-01", value: 100 } };
    expect(kpiVerdict(past, monthly([0, 30, 60, 90], 6), TODAY)).toBe("targetMissed");
    expect(kpiVerdict(past, monthly([0, 30, 60, 100], 6), TODAY)).toBeNull();
    const lower: KpiPlan = { direction: "LOWER_IS_BETTER", baseline: { date: "2025-01-01", value: 100 }, target: { date: "2026-06-30", value: 50 } };
    expect(kpiVerdict(lower, monthly([90, 70, 55]), TODAY)).toBe("targetMissed");
  });
});

describe("greener than suggested", () => {
  it("orders health from on track to off track", () => {
    expect(isGreener("ON_TRACK", "AT_RISK")).toBe(true);
    expect(isGreener("AT_RISK", "OFF_TRACK")).toBe(true);
    expect(isGreener("AT_RISK", "AT_RISK")).toBe(false);
    expect(isGreener("OFF_TRACK", "AT_RISK")).toBe(false);
    expect(greenerThanSuggested("ON_TRACK", null)).toBe(false);
    expect(greenerThanSuggested("ON_TRACK", { health: "AT_RISK", reasons: [] })).toBe(true);
  });

  it("requires a health reason off track, at risk, and whenever greener than suggested", () => {
    expect(healthReasonRequired("ON_TRACK", null)).toBe(false);
    expect(healthReasonRequired("ON_TRACK", "ON_TRACK")).toBe(false);
    expect(healthReasonRequired("ON_TRACK", "AT_RISK")).toBe(true);
    expect(healthReasonRequired("AT_RISK", null)).toBe(true);
    expect(healthReasonRequired("OFF_TRACK", "ON_TRACK")).toBe(true);
  });
});

describe("healthReasonTexts", () => {
  const reasons = [
    { kind: "overdueMilestones", count: 2, maxDays: 160 },
    { kind: "kpiOffCourse", kpi: "Glasfaseranschlüsse" },
  ] as const;
  const tr = (messages: typeof de | typeof en, locale: "de" | "en") => createTranslator({ locale, messages, namespace: "healthSuggestion" }) as unknown as Parameters<typeof healthReasonTexts>[0];

  it("renders the reasons in German and English", () => {
    expect(healthReasonTexts(tr(de, "de"), [...reasons]).join(", ")).toBe("2 Meilensteine überfällig, der älteste seit 160 Tagen, Kennzahl „Glasfaseranschlüsse“ nicht auf Kurs");
    expect(healthReasonTexts(tr(en, "en"), [...reasons]).join(", ")).toBe("2 milestones overdue, the oldest by 160 days, KPI “Glasfaseranschlüsse” off course");
  });

  it("says one milestone, one day, and staleness with and without a last change", () => {
    const more = [{ kind: "overdueMilestones", count: 1, maxDays: 1 }, { kind: "kpiTargetMissed", kpi: "Anträge" }, { kind: "stale", days: 120 }, { kind: "stale", days: null }] as const;
    expect(healthReasonTexts(tr(de, "de"), [...more])).toEqual([
      "1 Meilenstein seit 1 Tag überfällig",
      "Kennzahl „Anträge“ hat ihr Ziel zum Zieldatum verfehlt",
      "seit 120 Tagen nicht aktualisiert",
      "noch nie von einer Person aktualisiert",
    ]);
    expect(healthReasonTexts(tr(en, "en"), [...more])).toEqual(["1 milestone overdue by 1 day", "KPI “Anträge” missed its target by the target date", "not updated for 120 days", "never updated by a person"]);
  });
});

describe("loadInitiativeHealth on the demo database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await useTestDatabase("demo");
  });

  const OPTS = { today: TODAY, now: NOW, staleAfterDays: 90 };

  it("agrees with the rule applied in JavaScript to every initiative's milestones, KPIs and last change", async () => {
    const loaded = await loadInitiativeHealth(t.prisma, Prisma.sql`true`, OPTS);
    const rows = await t.prisma.initiative.findMany({
      orderBy: { code: "asc" },
      select: {
        id: true,
        status: true,
        health: true,
        milestones: { select: { baselineDate: true, forecastDate: true, completedDate: true, weight: true } },
        kpis: {
          where: { scope: "INITIATIVE" },
          select: { name: true, direction: true, baselineValue: true, baselineDate: true, targetValue: true, targetDate: true, measurements: { select: { periodDate: true, value: true } } },
        },
      },
    });
    const last = await t.prisma.auditEvent.groupBy({ by: ["initiativeId"], where: { actorId: { not: null } }, _max: { at: true } });
    const lastOf = new Map(last.map((l) => [l.initiativeId, l._max.at]));
    expect(loaded.map((l) => l.id)).toEqual(rows.map((r) => r.id));
    for (const [n, r] of rows.entries()) {
      const ms = r.milestones.map((m) => ({ baselineDate: isoDate(m.baselineDate), forecastDate: isoDate(m.forecastDate), completedDate: m.completedDate ? isoDate(m.completedDate) : null, weight: m.weight }));
      const kpis = r.kpis.flatMap((k) => {
        const plan: KpiPlan = {
          direction: k.direction,
          baseline: { date: isoDate(k.baselineDate), value: k.baselineValue.toNumber() },
          target: { date: isoDate(k.targetDate), value: k.targetValue.toNumber() },
        };
        const verdict = kpiVerdict(plan, k.measurements.map((m) => ({ date: isoDate(m.periodDate), value: m.value.toNumber() })), TODAY);
        return verdict ? [{ name: k.name, verdict }] : [];
      });
      const lastChange = lastOf.get(r.id) ?? null;
      const expected: HealthFacts = {
        status: r.status,
        overdue: overdueFacts(ms, TODAY),
        kpis,
        staleness: { stale: isStale(lastChange, NOW, 90), days: lastChange ? Math.floor((NOW.getTime() - lastChange.getTime()) / 86_400_000) : null },
      };
      const got = loaded[n]!;
      expect({ ...got.facts, kpis: [...got.facts.kpis].sort((a, b) => a.name.localeCompare(b.name)) }, got.code).toEqual({ ...expected, kpis: kpis.sort((a, b) => a.name.localeCompare(b.name)) });
      expect(got.suggestion, got.code).toEqual(suggestHealth(expected));
      expect(got.greener, got.code).toBe(greenerThanSuggested(r.health, got.suggestion));
    }
    // The demo has initiatives of every kind of signal to check against.
    expect(loaded.some((l) => l.facts.overdue.count > 0)).toBe(true);
    expect(loaded.some((l) => l.facts.kpis.length > 0 || l.facts.staleness.stale)).toBe(true);
    expect(loaded.some((l) => l.suggestion === null)).toBe(true);
  });

  it("sends one statement however many initiatives, milestones, KPIs and measurements there are", async () => {
    const counting = countingClient(t.database.factory);
    try {
      const one = await countQueries(counting, () => loadInitiativeHealth(counting, Prisma.sql`i.code = 'VER-01'`, OPTS));
      const all = await countQueries(counting, () => loadInitiativeHealth(counting, Prisma.sql`i.archived_at IS NULL`, OPTS));
      const template = await counting.initiative.findFirstOrThrow({ where: { code: "VER-01" }, select: { fieldOfActionId: true, departmentId: true } });
      for (let n = 0; n < 4; n++) {
        await counting.initiative.create({
          data: {
            code: `HLT-${n}`, slug: `hlt-${n}`, title: `Lage ${n}`, status: "IN_PROGRESS", fieldOfActionId: template.fieldOfActionId, departmentId: template.departmentId,
            milestones: { create: [1, 2, 3].map((w) => ({ title: `M${w}`, weight: w, baselineDate: new Date("2026-08-01"), forecastDate: new Date("2026-09-01") })) },
            kpis: {
              create: [{
                scope: "INITIATIVE", name: `K${n}`, unit: "%", baselineValue: 0, baselineDate: new Date("2026-01-01"), targetValue: 100, targetDate: new Date("2027-01-01"),
                measurements: { create: [1, 2, 3, 4, 5].map((m) => ({ periodDate: new Date(`2026-0${m}-01`), value: m })) },
              }],
            },
          },
        });
      }
      const more = await countQueries(counting, () => loadInitiativeHealth(counting, Prisma.sql`i.archived_at IS NULL`, OPTS));
      expect(one.result).toHaveLength(1);
      expect(more.result.length).toBe(all.result.length + 4);
      expect(more.result.find((r) => r.code === "HLT-0")!.suggestion).toEqual({
        health: "OFF_TRACK",
        reasons: [{ kind: "overdueMilestones", count: 3, maxDays: 85 }, { kind: "kpiOffCourse", kpi: "K0" }, { kind: "stale", days: null }],
      });
      expect(one.count).toBe(1);
      expect(all.count).toBe(1);
      expect(more.count).toBe(1);
    } finally {
      await counting.$disconnect();
    }
  });
});
