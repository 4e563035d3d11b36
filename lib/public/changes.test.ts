import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import { approveReportAction } from "@/lib/reports/review-report";
import { departmentId, scratchInitiative, scratchReport } from "@/lib/reports/testing";
import { actorFor, demoFixture } from "@/tests/db";
import { invalidatePublicCache } from "./cache";
import { CHANGE_KINDS, loadLatestChanges, loadPeriodChanges, loadPublicInitiativeRef, selectablePeriods } from "./changes";

const NOW = new Date("2026-11-25T10:00:00Z");
const SECRET = "GEHEIM-7f3a";

const demo = demoFixture();
let pub: { id: string; slug: string };
let internal: { id: string; slug: string };
let admin: { id: string };

beforeAll(async () => {
  pub = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, slug: true } });
  internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL" }, select: { id: true, slug: true } });
  admin = await demo.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.masterplan.example" }, select: { id: true } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  // One of each kind on a public initiative, in 2026-Q4.
  const shown = await demo.prisma.milestone.create({
    data: { initiativeId: pub.id, title: "Öffentlicher Test-Meilenstein", baselineDate: day("2026-10-01"), forecastDate: day("2026-10-20"), completedDate: day("2026-10-20") },
  });
  await demo.prisma.milestoneForecast.createMany({
    data: [
      { milestoneId: shown.id, forecastDate: day("2026-10-01"), reason: "Ausgangsplanung", reportedAt: new Date("2026-09-01T08:00:00Z"), reportedById: admin.id },
      { milestoneId: shown.id, forecastDate: day("2026-10-20"), reason: "Lieferverzug beim Dienstleister", reportedAt: new Date("2026-10-05T08:00:00Z"), reportedById: admin.id },
    ],
  });
  await demo.prisma.auditEvent.create({
    data: {
      at: new Date("2026-10-10T09:00:00Z"),
      actorId: admin.id,
      action: "initiative.setStatus",
      entityType: "Initiative",
      entityId: pub.id,
      initiativeId: pub.id,
      before: { status: "PLANNED", healthReason: null },
      after: { status: "IN_PROGRESS", healthReason: SECRET },
    },
  });

  // The same on a hidden milestone of the public initiative and on an internal initiative: never shown.
  const hidden = await demo.prisma.milestone.create({
    data: { initiativeId: pub.id, title: `${SECRET} Meilenstein`, isPublic: false, baselineDate: day("2026-10-01"), forecastDate: day("2026-10-21"), completedDate: day("2026-10-21") },
  });
  const ofInternal = await demo.prisma.milestone.create({
    data: { initiativeId: internal.id, title: `${SECRET} intern`, baselineDate: day("2026-10-01"), forecastDate: day("2026-10-22"), completedDate: day("2026-10-22") },
  });
  for (const m of [hidden, ofInternal]) {
    await demo.prisma.milestoneForecast.createMany({
      data: [
        { milestoneId: m.id, forecastDate: day("2026-10-01"), reason: "Ausgangsplanung", reportedAt: new Date("2026-09-01T08:00:00Z") },
        { milestoneId: m.id, forecastDate: day("2026-10-21"), reason: SECRET, reportedAt: new Date("2026-10-06T08:00:00Z") },
      ],
    });
  }
  await demo.prisma.auditEvent.create({
    data: { at: new Date("2026-10-11T09:00:00Z"), action: "initiative.setStatus", entityType: "Initiative", entityId: internal.id, initiativeId: internal.id, before: { status: "PLANNED" }, after: { status: "ON_HOLD" } },
  });
  await demo.prisma.statusReport.create({
    data: { initiativeId: internal.id, period: "2031-Q1", health: "ON_TRACK", state: "APPROVED", publicSummary: SECRET, reviewedAt: new Date("2026-10-12T09:00:00Z") },
  });
  // A draft on the public initiative with a public summary already typed: not yet public.
  await demo.prisma.statusReport.create({
    data: { initiativeId: pub.id, period: "2031-Q2", health: "ON_TRACK", state: "SUBMITTED", publicSummary: SECRET, submittedAt: new Date("2026-10-12T09:00:00Z") },
  });
  invalidatePublicCache();
});

describe("loadPeriodChanges", () => {
  it("lists a completed public milestone, a moved date with its reason and a status change in their quarter", async () => {
    const r = await loadPeriodChanges(demo.prisma, "2026-Q4", NOW);
    expect(r.period).toBe("2026-Q4");
    expect(r.changes.milestoneCompleted).toContainEqual(
      expect.objectContaining({ milestone: "Öffentlicher Test-Meilenstein", date: "2026-10-20", initiative: expect.objectContaining({ slug: pub.slug }) }),
    );
    expect(r.changes.milestoneMoved).toContainEqual(
      expect.objectContaining({ milestone: "Öffentlicher Test-Meilenstein", from: "2026-10-01", to: "2026-10-20", reason: "Lieferverzug beim Dienstleister" }),
    );
    expect(r.changes.statusChanged).toEqual([expect.objectContaining({ from: "PLANNED", to: "IN_PROGRESS", initiative: expect.objectContaining({ slug: pub.slug }) })]);
  });

  it("never shows internal initiatives, hidden milestones, unapproved summaries or other audit fields", async () => {
    const r = await loadPeriodChanges(demo.prisma, "2026-Q4", NOW);
    const json = JSON.stringify(r);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(internal.slug);
    expect(json).not.toMatch(/healthReason|reportedBy|actor|email|"name"/);
  });

  it("does not count the initial plan of a milestone as a move", async () => {
    const r = await loadPeriodChanges(demo.prisma, "2026-Q3", NOW);
    expect(r.changes.milestoneMoved.some((c) => c.kind === "milestoneMoved" && c.milestone === "Öffentlicher Test-Meilenstein")).toBe(false);
  });

  it("shows approved public summaries by the quarter they were approved in", async () => {
    const approved = await demo.prisma.statusReport.findFirstOrThrow({
      where: { state: "APPROVED", publicSummary: { not: "" }, reviewedAt: { not: null }, initiative: { visibility: "PUBLIC", archivedAt: null } },
      orderBy: { reviewedAt: "desc" },
      select: { publicSummary: true, reviewedAt: true, period: true },
    });
    const quarter = `${approved.reviewedAt!.getUTCFullYear()}-Q${Math.floor(approved.reviewedAt!.getUTCMonth() / 3) + 1}`;
    const r = await loadPeriodChanges(demo.prisma, quarter, NOW);
    expect(r.changes.summaryApproved).toContainEqual(expect.objectContaining({ summary: approved.publicSummary, period: approved.period }));
    expect(r.counts.summaryApproved).toBeGreaterThanOrEqual(r.changes.summaryApproved.length);
  });

  it("falls back to the current quarter for a malformed or future period and offers past quarters", async () => {
    expect((await loadPeriodChanges(demo.prisma, "2026-Q9", NOW)).period).toBe("2026-Q4");
    expect((await loadPeriodChanges(demo.prisma, "2027-Q1", NOW)).period).toBe("2026-Q4");
    const r = await loadPeriodChanges(demo.prisma, undefined, NOW);
    expect(r.periods[0]).toBe("2026-Q4");
    expect(r.periods).toContain("2025-Q1");
  });

  it("needs the same number of queries for a busy quarter as for an empty one", async () => {
    const busy = await countQueries(demo.counting, () => loadPeriodChanges(demo.counting, "2026-Q4", NOW));
    const empty = await countQueries(demo.counting, () => loadPeriodChanges(demo.counting, "2017-Q1", NOW));
    expect(busy.count).toBe(6);
    expect(empty.count).toBe(busy.count);
  });
});

describe("loadLatestChanges", () => {
  it("merges all kinds newest first and respects the limit", async () => {
    const latest = await loadLatestChanges(demo.prisma, { limit: 30 });
    expect(latest.length).toBe(30);
    for (let i = 1; i < latest.length; i++) expect(latest[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(latest[i]!.at.getTime());
    expect(new Set(latest.map((c) => c.key)).size).toBe(latest.length);
    expect(JSON.stringify(latest)).not.toContain(SECRET);
  });

  it("limits to one initiative when asked", async () => {
    const latest = await loadLatestChanges(demo.prisma, { initiativeSlug: pub.slug, limit: 100 });
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every((c) => c.initiative.slug === pub.slug)).toBe(true);
    expect(latest.map((c) => c.kind)).toEqual(expect.arrayContaining(["milestoneCompleted", "milestoneMoved", "statusChanged"]));
    expect(await loadLatestChanges(demo.prisma, { initiativeSlug: internal.slug })).toEqual([]);
  });

  it("knows all five kinds", () => {
    expect(CHANGE_KINDS).toEqual(["milestoneCompleted", "milestoneMoved", "statusChanged", "healthChanged", "summaryApproved"]);
  });
});

describe("health changes (Lage)", () => {
  const HIDDEN = "INTERN-LAGE-9c1d";
  let initiative: { id: string; slug: string };

  beforeAll(async () => {
    const head = await actorFor(demo.t, "abteilungsleitung@demo.masterplan.example");
    const lead = await actorFor(demo.t, "projektleitung@demo.masterplan.example");
    initiative = await scratchInitiative(demo.prisma, { departmentId: await departmentId(demo.prisma, "DIGI"), leadIds: [lead.id], health: "ON_TRACK" });
    // A report with internal texts and a public summary, approved through the real use case: its
    // health (at risk) becomes the initiative's, audited as initiative.health.fromReport.
    const report = await scratchReport(demo.prisma, initiative.id, { state: "SUBMITTED", period: "2026-Q3", health: "AT_RISK", summary: HIDDEN, publicSummary: "Die Ausschreibung verzögert sich um ein Quartal." });
    await demo.prisma.statusReport.update({ where: { id: report.id }, data: { achievements: HIDDEN, nextSteps: HIDDEN, risks: HIDDEN } });
    const approved = await approveReportAction.execute(head, { id: report.id, version: report.version }, { db: demo.prisma, locale: "de", requestId: "req-health-change" });
    expect(approved.ok).toBe(true);

    const event = (at: string, before: object, after: object) => ({
      at: new Date(at),
      actorId: admin.id,
      action: "initiative.setStatus",
      entityType: "Initiative",
      entityId: initiative.id,
      initiativeId: initiative.id,
      before,
      after,
    });
    await demo.prisma.auditEvent.createMany({
      data: [
        // By hand while public: the health reason stood on the public page, so it is the reason.
        event("2026-10-01T09:00:00Z", { health: "ON_TRACK", visibility: "PUBLIC", healthReason: null }, { health: "OFF_TRACK", visibility: "PUBLIC", archivedAt: null, healthReason: "Der Dienstleister ist insolvent." }),
        // By hand while the initiative was still internal: its reason was never public and stays so.
        event("2026-09-01T09:00:00Z", { health: "ON_TRACK", visibility: "INTERNAL", healthReason: null }, { health: "AT_RISK", visibility: "INTERNAL", archivedAt: null, healthReason: HIDDEN }),
        // Not a health change (same health): not listed.
        event("2026-08-01T09:00:00Z", { health: "AT_RISK", visibility: "PUBLIC", healthReason: "a" }, { health: "AT_RISK", visibility: "PUBLIC", archivedAt: null, healthReason: HIDDEN }),
      ],
    });
    // A health change of an internal initiative is never listed.
    await demo.prisma.auditEvent.create({
      data: { ...event("2026-10-02T09:00:00Z", { health: "ON_TRACK" }, { health: "OFF_TRACK", healthReason: HIDDEN }), entityId: internal.id, initiativeId: internal.id },
    });
    invalidatePublicCache();
  });

  it("lists a health change from an approved report with the report's public summary as the reason", async () => {
    const changes = await loadLatestChanges(demo.prisma, { initiativeSlug: initiative.slug, limit: 100 });
    expect(changes.filter((c) => c.kind === "healthChanged" && c.reason === "Die Ausschreibung verzögert sich um ein Quartal.")).toEqual([
      expect.objectContaining({ kind: "healthChanged", from: "ON_TRACK", to: "AT_RISK", initiative: expect.objectContaining({ slug: initiative.slug }) }),
    ]);
  });

  it("gives a change by hand the health reason only when the initiative was public at the time", async () => {
    const health = (await loadLatestChanges(demo.prisma, { initiativeSlug: initiative.slug, limit: 100 })).filter((c) => c.kind === "healthChanged");
    // (The approval's event carries the real clock, so the order is not asserted.)
    expect(health.map((c) => c.kind === "healthChanged" && `${c.from}→${c.to}: ${c.reason}`).sort()).toEqual([
      "ON_TRACK→AT_RISK: Die Ausschreibung verzögert sich um ein Quartal.",
      "ON_TRACK→AT_RISK: null",
      "ON_TRACK→OFF_TRACK: Der Dienstleister ist insolvent.",
    ]);
  });

  it("shows health changes in their quarter, counted, and never internal texts or internal initiatives", async () => {
    const q4 = await loadPeriodChanges(demo.prisma, "2026-Q4", NOW);
    expect(q4.changes.healthChanged).toContainEqual(expect.objectContaining({ from: "ON_TRACK", to: "OFF_TRACK", reason: "Der Dienstleister ist insolvent." }));
    expect(q4.counts.healthChanged).toBe(q4.changes.healthChanged.length);
    const everything = JSON.stringify([q4, await loadPeriodChanges(demo.prisma, "2026-Q3", NOW), await loadLatestChanges(demo.prisma, { limit: 500 })]);
    expect(everything).not.toContain(HIDDEN);
    expect(everything).not.toContain(internal.slug);
    expect(everything).not.toMatch(/healthReason|visibility|statusReportId|actor/);
  });
});

describe("loadPublicInitiativeRef", () => {
  it("answers for a public initiative only", async () => {
    expect(await loadPublicInitiativeRef(demo.prisma, pub.slug)).toMatchObject({ slug: pub.slug });
    expect(await loadPublicInitiativeRef(demo.prisma, internal.slug)).toBeNull();
    expect(await loadPublicInitiativeRef(demo.prisma, "../etc")).toBeNull();
  });
});

describe("selectablePeriods", () => {
  it("runs from the current quarter back to the start quarter", () => {
    expect(selectablePeriods("2026-Q2", "2025-Q3")).toEqual(["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(selectablePeriods("2026-Q2", null)).toHaveLength(40);
  });
});

afterAll(() => invalidatePublicCache());
