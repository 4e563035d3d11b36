// Four eyes before publishing for the two ways that still showed things at once: un-archiving a
// public initiative, and the public flag of budget lines. With PUBLISH_REVIEW on, un-archiving a
// public initiative brings it back internal with the un-archiving user's request; flagging a budget
// line of a public initiative public (new or edited, also by an import) is a request of kind
// BUDGET_LINE. Nothing shows on any public surface — the initiative page, the public list, the open
// data (initiatives, budget, funding roll-up) — until another person approves; the requester cannot.
// A line of an internal initiative is flagged at once and previewed with the initiative. With
// PUBLISH_REVIEW=false both behave as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import { createBudgetLineAction, updateBudgetPlanAction } from "@/lib/budget/mutations";
import { reloadEnv } from "@/lib/env";
import { archiveInitiativeAction, unarchiveInitiativeAction } from "@/lib/initiatives/mutations/state";
import { addressItems, loadDueItems } from "@/lib/notifications/items";
import { composeDigest } from "@/lib/notifications/compose";
import { getFundingRollup } from "@/lib/open-data/funding";
import { getInitiativeDetail, listInitiatives } from "@/lib/open-data/initiatives";
import { listBudget } from "@/lib/open-data/tables";
import { invalidatePublicCache } from "@/lib/public/cache";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { departmentId, scratchInitiative } from "@/lib/reports/testing";
import { importWorkbookAction } from "@/lib/transfer/import/workbook-action";
import { masterplanRows } from "@/lib/transfer/export";
import { writeWorkbook } from "@/lib/transfer/workbook";
import { actorFor, demoFixture } from "@/tests/db";
import { listPublicationHistory } from "./history";
import { approvePublishAction } from "./mutations";
import { previewInitiative } from "./preview";
import { listPendingPublishRequests } from "./queries";

const demo = demoFixture();
const opts = { get db() { return demo.prisma; }, locale: "de" as const, requestId: "req-four-eyes-2" };
const saved = process.env.PUBLISH_REVIEW;
let digi: string;

function review(on: boolean) {
  process.env.PUBLISH_REVIEW = on ? "true" : "false";
  reloadEnv();
}

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
});

afterAll(() => {
  process.env.PUBLISH_REVIEW = saved;
  reloadEnv();
});

/** A public initiative of the demo head's department (DIGI), led by the demo lead. */
async function publicInitiative(title = `Vier Augen ${Math.random().toString(36).slice(2, 8)}`) {
  const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], title });
  return demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id }, select: { id: true, slug: true, code: true, title: true, version: true } });
}

/** Everything citizens could read of the initiative: its page, the public list, and the open data. */
async function publicSurfaces(i: { slug: string; code: string }) {
  await invalidatePublicCache();
  const [page, detail, list, budget, rollup] = await Promise.all([
    loadPublicInitiative(demo.prisma, i.slug),
    getInitiativeDetail(demo.prisma, i.slug),
    listInitiatives(demo.prisma, {}),
    listBudget(demo.prisma, { initiative: i.slug }),
    getFundingRollup(demo.prisma),
  ]);
  return {
    page,
    detail,
    listed: list.rows.some((r) => r.slug === i.slug),
    /** Planned amounts of the initiative's lines: its page (per year and level), its open-data detail and the budget table. */
    planned: {
      page: page?.funding.lines.map((l) => l.planned) ?? [],
      detail: detail?.budget.map((b) => b.planned) ?? [],
      budget: budget.rows.map((b) => b.planned),
    },
    rollupTotal: rollup.total.planned,
  };
}

const pendingFor = (targetId: string) => demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId, status: "PENDING" } });
const approve = (actor: Actor, r: { id: string; version: number }) => approvePublishAction.execute(actor, { id: r.id, version: r.version }, opts);
const cents = (a: string, b: string) => ((Math.round(Number(a) * 100) + Math.round(Number(b) * 100)) / 100).toFixed(2);

async function archived(i: { id: string; version: number }) {
  const r = await archiveInitiativeAction.execute(demo.head, { id: i.id, version: i.version }, opts);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

describe("with PUBLISH_REVIEW on", () => {
  beforeAll(() => review(true));

  it("un-archives a public initiative internal, with the un-archiving head's request another person approves", async () => {
    const i = await publicInitiative();
    const gone = await archived(i);
    expect((await publicSurfaces(i)).page).toBeNull();

    const back = await unarchiveInitiativeAction.execute(demo.head, { id: i.id, version: gone.version }, opts);
    if (!back.ok) throw new Error(JSON.stringify(back));
    expect(back.data).toMatchObject({ archivedAt: null, visibility: "INTERNAL", publishRequested: true });
    const surfaces = await publicSurfaces(i);
    expect(surfaces).toMatchObject({ page: null, detail: null, listed: false });

    // The request is the un-archiving head's, made in the same action, audited; it shows what comes back.
    const request = await pendingFor(i.id);
    expect(request).toMatchObject({ targetKind: "INITIATIVE", requestedById: demo.head.id, departmentId: digi, id: back.data.requestId });
    expect(request.snapshot).toEqual(expect.arrayContaining([{ key: "title", value: [i.title] }]));
    const events = await demo.prisma.auditEvent.findMany({ where: { OR: [{ entityId: i.id, action: "initiative.unarchive" }, { entityId: request.id }] }, select: { action: true, actorId: true, after: true } });
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "initiative.unarchive", actorId: demo.head.id, after: expect.objectContaining({ archivedAt: null, visibility: "INTERNAL" }) }),
        expect.objectContaining({ action: "publish.request", actorId: demo.head.id }),
      ]),
    );
    const pending = (await listPendingPublishRequests(demo.prisma, demo.admin)).find((r) => r.id === request.id);
    expect(pending).toMatchObject({ mayDecide: true, stale: false, alreadyPublic: false });

    // The requester cannot approve it; the admin can, and then it is back everywhere.
    expect(await approve(demo.head, request)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await publicSurfaces(i)).page).toBeNull();
    expect(await approve(demo.admin, request)).toMatchObject({ ok: true });
    const after = await publicSurfaces(i);
    expect(after.page?.title).toBe(i.title);
    expect(after.detail?.title).toBe(i.title);
    expect(after.listed).toBe(true);
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history.find((h) => h.entityId === i.id && h.viaRequest)).toMatchObject({ entityType: "Initiative", requesterName: expect.any(String) });
  });

  it("un-archives an internal initiative as before: nothing to ask", async () => {
    const i = await publicInitiative();
    const internal = await demo.prisma.initiative.update({ where: { id: i.id }, data: { visibility: "INTERNAL" }, select: { version: true } });
    const gone = await archived({ id: i.id, version: internal.version });
    const back = await unarchiveInitiativeAction.execute(demo.head, { id: i.id, version: gone.version }, opts);
    expect(back).toMatchObject({ ok: true, data: { archivedAt: null, visibility: "INTERNAL" } });
    expect(back.ok && "publishRequested" in back.data).toBe(false);
    expect(await demo.prisma.publishRequest.count({ where: { targetId: i.id } })).toBe(0);
  });

  it("refuses to un-archive at a stale version, and asks nothing then", async () => {
    const i = await publicInitiative();
    await archived(i);
    expect(await unarchiveInitiativeAction.execute(demo.head, { id: i.id, version: i.version }, opts)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await demo.prisma.publishRequest.count({ where: { targetId: i.id } })).toBe(0);
    expect((await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } })).archivedAt).not.toBeNull();
  });

  it("adds a public budget line of a public initiative internal, with a request another person approves", async () => {
    const i = await publicInitiative();
    const before = await publicSurfaces(i);
    const created = await createBudgetLineAction.execute(demo.head, { initiativeId: i.id, year: 2027, fundingSource: "EU", planned: "123456.78", isPublic: true, grantReference: "FKZ-GEHEIM", note: "intern" }, opts);
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.data).toMatchObject({ publishRequested: true });
    const line = await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(line.isPublic).toBe(false);

    const hidden = await publicSurfaces(i);
    expect(hidden.planned).toEqual({ page: [], detail: [], budget: [] });
    expect(hidden.rollupTotal).toBe(before.rollupTotal);

    const request = await pendingFor(line.id);
    expect(request).toMatchObject({ targetKind: "BUDGET_LINE", requestedById: demo.head.id, departmentId: digi, initiativeId: i.id, label: `${i.code}: 2027, budget.source.EU` });
    // The preview is what citizens will see: no grant reference, no note.
    expect(request.snapshot).toEqual([
      { key: "initiative", value: [`${i.code} ${i.title}`] },
      { key: "year", value: ["2027"] },
      { key: "fundingSource", value: ["budget.source.EU"] },
      { key: "programme", value: [] },
      { key: "planned", value: ["123456.78"] },
      { key: "actual", value: ["0.00"] },
    ]);
    expect(JSON.stringify(request.snapshot)).not.toMatch(/FKZ-GEHEIM|intern/);
    const pending = (await listPendingPublishRequests(demo.prisma, demo.admin)).find((r) => r.id === request.id)!;
    expect(pending).toMatchObject({ mayDecide: true, stale: false, alreadyPublic: false });
    expect(pending.diff.find((d) => d.key === "planned")).toEqual({ key: "planned", old: null, new: ["123456.78"], changed: true });

    // Another department's head may not decide, the requester neither.
    const headVerk = await actorFor(demo.t, "thomas.brenner@demo.masterplan.example");
    expect(await approve(headVerk, request)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approve(demo.head, request)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await publicSurfaces(i)).planned.budget).toEqual([]);

    expect(await approve(demo.admin, request)).toMatchObject({ ok: true });
    const shown = await publicSurfaces(i);
    expect(shown.planned).toEqual({ page: ["123456.78"], detail: ["123456.78"], budget: ["123456.78"] });
    expect(shown.rollupTotal).toBe(cents(before.rollupTotal, "123456.78"));
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history.find((h) => h.entityId === line.id && h.viaRequest)).toMatchObject({ entityType: "BudgetLine", label: `${i.code}: 2027, budget.source.EU`, requesterName: expect.any(String) });
  });

  it("asks when an admin flags an internal line public; the plan's other changes are saved, the flag waits", async () => {
    const i = await publicInitiative();
    const line = await demo.prisma.budgetLine.create({ data: { initiativeId: i.id, year: 2028, fundingSource: "CITY", planned: "1000", isPublic: false }, select: { id: true, version: true } });
    const r = await updateBudgetPlanAction.execute(demo.admin, { id: line.id, version: line.version, planned: "2500.50", isPublic: true, note: "neu" }, opts);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ publishRequested: true, version: line.version + 1 });
    expect(await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id }, select: { isPublic: true, planned: true, note: true } })).toMatchObject({ isPublic: false, note: "neu" });
    expect((await publicSurfaces(i)).planned.budget).toEqual([]);

    const request = await pendingFor(line.id);
    expect(request).toMatchObject({ requestedById: demo.admin.id, targetVersion: line.version + 1 });
    expect(await approve(demo.admin, request)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Changed after the request (a new actual amount): stale, it must be asked again.
    const changed = await demo.prisma.budgetLine.update({ where: { id: line.id }, data: { actual: "99", version: { increment: 1 } }, select: { version: true } });
    expect(await approve(demo.head, request)).toMatchObject({ ok: false, code: "CONFLICT" });
    const again = await updateBudgetPlanAction.execute(demo.admin, { id: line.id, version: changed.version, planned: "2500.50", isPublic: true, note: "neu" }, opts);
    expect(again).toMatchObject({ ok: true, data: { publishRequested: true } });
    const fresh = await pendingFor(line.id);
    expect(await approve(demo.head, fresh)).toMatchObject({ ok: true });
    expect((await publicSurfaces(i)).planned.budget).toEqual(["2500.50"]);
  });

  it("takes a line off the public site at once", async () => {
    const i = await publicInitiative();
    const line = await demo.prisma.budgetLine.create({ data: { initiativeId: i.id, year: 2029, fundingSource: "LAND", planned: "77", isPublic: true }, select: { id: true, version: true } });
    expect((await publicSurfaces(i)).planned.budget).toEqual(["77.00"]);
    const r = await updateBudgetPlanAction.execute(demo.head, { id: line.id, version: line.version, planned: "77", isPublic: false }, opts);
    expect(r.ok && "publishRequested" in r.data).toBe(false);
    expect((await publicSurfaces(i)).planned.budget).toEqual([]);
  });

  it("flags a line of an internal initiative at once; the initiative's own request previews it, and it shows only with the initiative", async () => {
    const i = await publicInitiative();
    const internal = await demo.prisma.initiative.update({ where: { id: i.id }, data: { visibility: "INTERNAL" }, select: { version: true } });
    const created = await createBudgetLineAction.execute(demo.head, { initiativeId: i.id, year: 2027, fundingSource: "FEDERAL", planned: "4321", isPublic: true }, opts);
    expect(created).toMatchObject({ ok: true });
    expect(created.ok && "publishRequested" in created.data).toBe(false);
    expect(await demo.prisma.publishRequest.count({ where: { initiativeId: i.id } })).toBe(0);
    expect((await previewInitiative(demo.prisma, i.id))?.find((f) => f.key === "funding")?.value).toEqual(["2027 (budget.source.FEDERAL): 4321.00 / 0.00"]);
    expect((await publicSurfaces(i)).planned.budget).toEqual([]);
    expect(internal.version).toBeGreaterThan(0);
  });

  it("names the line's level in the reviewer's language in the digest", async () => {
    const i = await publicInitiative();
    const created = await createBudgetLineAction.execute(demo.head, { initiativeId: i.id, year: 2030, fundingSource: "EU", planned: "5", isPublic: true }, opts);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const digests = await addressItems(demo.prisma, await loadDueItems(demo.prisma, { now: new Date("2026-11-25T10:00:00Z"), staleAfterDays: 90 }));
    const admin = digests.find((d) => d.recipient.userId === demo.admin.id)!;
    const mine = admin.items.filter((x) => x.kind === "publishApprovalWaiting" && x.subject.startsWith(`${i.code}:`));
    expect(mine).toHaveLength(1);
    const mail = composeDigest({ locale: "en", name: "Admin", day: "2026-11-25", appUrl: "https://masterplan.example", items: mine });
    expect(mail.text).toContain(`${i.code}: 2030, EU`);
    expect(mail.text).not.toContain("budget.source");
  });
});

describe("the import with PUBLISH_REVIEW on", () => {
  beforeAll(() => review(true));

  it("keeps a budget line it flags public on a public initiative internal and makes it the importer's request", async () => {
    const i = await publicInitiative();
    const line = await demo.prisma.budgetLine.create({ data: { initiativeId: i.id, year: 2031, fundingSource: "CITY", planned: "900", isPublic: false }, select: { id: true } });
    const exported = await masterplanRows(demo.prisma);
    const row = exported.budgetLines!.find((b) => b.initiativeCode === i.code && b.year === "2031")!;
    const bytes = await writeWorkbook({ budgetLines: [{ ...row, isPublic: "ja" }] }, "de");
    const r = await importWorkbookAction.execute(demo.head, { fileName: "budget.xlsx", contentBase64: Buffer.from(bytes).toString("base64"), dryRun: false }, opts);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ applied: true, publishRequests: 1 });
    expect((await demo.prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).isPublic).toBe(false);
    expect(await pendingFor(line.id)).toMatchObject({ targetKind: "BUDGET_LINE", requestedById: demo.head.id });
    expect((await publicSurfaces(i)).planned.budget).toEqual([]);
  });
});

describe("with PUBLISH_REVIEW=false", () => {
  beforeAll(() => review(false));

  it("un-archives a public initiative straight back onto the public site, as before", async () => {
    const i = await publicInitiative();
    const gone = await archived(i);
    const back = await unarchiveInitiativeAction.execute(demo.head, { id: i.id, version: gone.version }, opts);
    expect(back).toMatchObject({ ok: true, data: { archivedAt: null, visibility: "PUBLIC" } });
    expect((await publicSurfaces(i)).page?.title).toBe(i.title);
    expect(await demo.prisma.publishRequest.count({ where: { targetId: i.id } })).toBe(0);
  });

  it("shows a budget line flagged public at once, as before", async () => {
    const i = await publicInitiative();
    const created = await createBudgetLineAction.execute(demo.head, { initiativeId: i.id, year: 2027, fundingSource: "EU", planned: "10.5", isPublic: true }, opts);
    expect(created).toMatchObject({ ok: true });
    expect(created.ok && "publishRequested" in created.data).toBe(false);
    expect((await publicSurfaces(i)).planned.budget).toEqual(["10.50"]);
    expect(await demo.prisma.publishRequest.count({ where: { initiativeId: i.id } })).toBe(0);
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history.find((h) => h.entityId === (created as { data: { id: string } }).data.id)).toMatchObject({ entityType: "BudgetLine", viaRequest: false });
  });
});
