import { beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-counter";
import de from "@/lib/i18n/messages/de.json";
import { initiativeHistory } from "@/lib/initiatives/queries";
import { demoFixture } from "@/tests/db";
import { describeChanges, describeEntity, type DescribeContext } from "./describe";
import { loadAuditNames } from "./names";
import { listAuditEvents } from "./queries";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const demo = demoFixture();
let initiative: { id: string; code: string; title: string };
let milestones: { id: string; title: string }[];
let users: { id: string; name: string }[];
let departments: { id: string; name: string }[];

beforeAll(async () => {
  // The initiative with the shortest history, so our events make up most of its page.
  const all = await demo.prisma.initiative.findMany({ select: { id: true, code: true, title: true }, orderBy: { code: "asc" } });
  const counts = await demo.prisma.auditEvent.groupBy({ by: ["initiativeId"], _count: { _all: true } });
  const events = (id: string) => counts.find((c) => c.initiativeId === id)?._count._all ?? 0;
  initiative = [...all].sort((x, y) => events(x.id) - events(y.id))[0]!;
  milestones = await demo.prisma.milestone.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } });
  users = await demo.prisma.user.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
  departments = await demo.prisma.department.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
});

/** Events of three kinds, each naming other rows by id; `i` picks which rows. */
async function addEvents(from: number, count: number) {
  const at = Date.parse("2026-11-20T09:00:00Z");
  for (let i = from; i < from + count; i++) {
    const m = milestones[i % milestones.length]!;
    const [a, b] = [users[i % users.length]!, users[(i + 1) % users.length]!];
    const [d1, d2] = [departments[i % departments.length]!, departments[(i + 1) % departments.length]!];
    const common = { at: new Date(at + i * 60_000), actorId: a.id, initiativeId: initiative.id };
    await demo.prisma.auditEvent.createMany({
      data: [
        {
          ...common,
          action: "milestone.moveForecast",
          entityType: "Milestone",
          entityId: m.id,
          before: { id: m.id, title: m.title, forecastDate: "2026-06-30T00:00:00.000Z", version: 1, initiativeId: initiative.id },
          after: { id: m.id, title: m.title, forecastDate: "2026-09-30T00:00:00.000Z", version: 2, initiativeId: initiative.id },
        },
        { ...common, action: "initiative.update", entityType: "Initiative", entityId: initiative.id, before: { departmentId: d1.id }, after: { departmentId: d2.id } },
        { ...common, action: "risk.update", entityType: "Risk", entityId: m.id, before: { ownerId: a.id }, after: { ownerId: b.id } },
      ],
    });
  }
}

describe("loadAuditNames", () => {
  it("resolves every id on a history page with the same number of queries however many events and rows it names", async () => {
    const load = async () => {
      const history = await initiativeHistory(demo.counting, demo.admin, initiative.id);
      return { history, names: await loadAuditNames(demo.counting, history) };
    };
    await addEvents(0, 2);
    const small = await countQueries(demo.counting, load);
    await addEvents(2, 40);
    const big = await countQueries(demo.counting, load);
    expect(big.result.history.length).toBeGreaterThan(small.result.history.length * 3);
    expect(big.result.names.users!.size).toBeGreaterThan(small.result.names.users!.size);
    expect(big.result.names.milestones!.size).toBeGreaterThan(small.result.names.milestones!.size);
    expect(big.count).toBe(small.count);

    const ctx: DescribeContext = { locale: "de", messages: de, names: big.result.names };
    const lines = big.result.history.flatMap((e) => [
      JSON.stringify(describeEntity(e, ctx)),
      ...describeChanges(e, ctx).map((c) => `${c.label}: ${c.from ?? "—"} → ${c.to ?? "—"}`),
    ]);
    for (const line of lines) expect(line).not.toMatch(UUID);
    expect(lines).toContain("Prognose: 30.06.2026 → 30.09.2026");
    const newest = big.result.history[0]!;
    expect(newest.action).toBe("risk.update");
    const [a, b] = [users[41 % users.length]!, users[42 % users.length]!];
    expect(describeChanges(newest, ctx)).toEqual([{ key: "ownerId", label: "Verantwortlich", from: a.name, to: b.name }]);
    const moved = big.result.history.find((e) => e.action === "milestone.moveForecast")!;
    expect(describeEntity(moved, ctx).name).toBe(milestones.find((m) => m.id === moved.entityId)!.title);
    const edit = big.result.history.find((e) => e.action === "initiative.update")!;
    expect(describeEntity(edit, ctx)).toEqual({ type: "Vorhaben", name: `${initiative.code} ${initiative.title}` });
  });

  it("resolves a page of the admin audit log in a constant number of queries too", async () => {
    const load = async () => {
      const { events } = await listAuditEvents(demo.counting, demo.admin, { action: "risk." });
      return loadAuditNames(demo.counting, events);
    };
    const small = await countQueries(demo.counting, load);
    await addEvents(42, 30);
    const big = await countQueries(demo.counting, load);
    expect(big.count).toBe(small.count);
  });
});
