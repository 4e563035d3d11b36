// Four eyes before publishing (issue 18, item 5): with PUBLISH_REVIEW on, the publish actions ask
// instead of publishing; another person with the right approves exactly what becomes visible; the
// requester never approves their own request; a target changed after the request is stale; taking
// something off the public site stays immediate; PUBLISH_REVIEW=false publishes at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { setInitiativeStatusAction, setInitiativeVisibilityAction } from "@/lib/initiatives/mutations/state";
import { createKpiDefinitionAction, updateKpiDefinitionAction } from "@/lib/kpis/definitions";
import { addMilestoneAction, editMilestoneAction } from "@/lib/milestones/mutations";
import { loadPublicInitiative } from "@/lib/public/initiative-queries";
import { invalidatePublicCache } from "@/lib/public/cache";
import { departmentId, scratchInitiative } from "@/lib/reports/testing";
import { actorFor, demoFixture } from "@/tests/db";
import { composeDigest } from "@/lib/notifications/compose";
import { addressItems, loadDueItems } from "@/lib/notifications/items";
import { approvePublishAction, rejectPublishAction, withdrawPublishAction } from "./mutations";
import { listPublicationHistory } from "./history";
import { listDecidedPublishRequests, listPendingPublishRequests } from "./queries";

const demo = demoFixture();
const opts = (locale: "de" | "en" = "de") => ({ db: demo.prisma, locale, requestId: "req-publish" });
let digi: string;
const saved = process.env.PUBLISH_REVIEW;

function review(on: boolean) {
  process.env.PUBLISH_REVIEW = on ? "true" : "false";
  reloadEnv();
}

beforeAll(async () => {
  digi = await departmentId(demo.prisma, "DIGI");
  review(true);
});

afterAll(() => {
  process.env.PUBLISH_REVIEW = saved;
  reloadEnv();
});

/** An internal initiative of the demo head's department, led by the demo lead. */
async function internalInitiative(title = `Vorhaben ${Math.random().toString(36).slice(2, 8)}`) {
  const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id], title });
  return demo.prisma.initiative.update({ where: { id: i.id }, data: { visibility: "INTERNAL" }, select: { id: true, slug: true, version: true, title: true } });
}

const nameOf = async (id: string) => (await demo.prisma.user.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

async function publicPage(slug: string) {
  await invalidatePublicCache();
  return loadPublicInitiative(demo.prisma, slug);
}

/** The head asks to publish a fresh internal initiative; the request as stored. */
async function requested() {
  const i = await internalInitiative();
  const r = await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: i.version, visibility: "PUBLIC" }, opts());
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.data).toMatchObject({ publishRequested: true, visibility: "INTERNAL" });
  const request = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: i.id, status: "PENDING" } });
  return { i, request };
}

describe("publishing with PUBLISH_REVIEW on", () => {
  it("asks instead of publishing: the initiative stays internal and its preview is no public page", async () => {
    const { i, request } = await requested();
    expect((await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } })).visibility).toBe("INTERNAL");
    expect(await publicPage(i.slug)).toBeNull();
    expect(request).toMatchObject({ targetKind: "INITIATIVE", requestedById: demo.head.id, departmentId: digi, targetVersion: i.version });
    expect(request.snapshot).toEqual(expect.arrayContaining([{ key: "title", value: [i.title] }]));
    const audit = await demo.prisma.auditEvent.findFirst({ where: { action: "publish.request", entityId: request.id } });
    expect(audit?.actorId).toBe(demo.head.id);
  });

  it("refuses the approval by the requester, also an admin's own request", async () => {
    const { request } = await requested();
    const own = await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts());
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const i = await internalInitiative();
    const asked = await setInitiativeVisibilityAction.execute(demo.admin, { id: i.id, version: i.version, visibility: "PUBLIC" }, opts());
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    const adminRequest = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: i.id, status: "PENDING" } });
    expect(await approvePublishAction.execute(demo.admin, { id: adminRequest.id, version: 1 }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await demo.prisma.publishRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("refuses the head of another department", async () => {
    const { request } = await requested();
    const headVerk = await actorFor(demo.t, "thomas.brenner@demo.masterplan.example");
    expect(await approvePublishAction.execute(headVerk, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await rejectPublishAction.execute(headVerk, { id: request.id, version: request.version, comment: "Nein" }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("publishes on another person's approval, audited, and lists who asked and who approved", async () => {
    const { i, request } = await requested();
    const r = await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts());
    expect(r).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    expect((await publicPage(i.slug))?.title).toBe(i.title);
    const stored = await demo.prisma.publishRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "APPROVED", decidedById: demo.admin.id });
    const events = await demo.prisma.auditEvent.findMany({ where: { OR: [{ entityId: request.id }, { entityId: i.id, action: "publish.published" }] }, select: { action: true, actorId: true } });
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "publish.request", actorId: demo.head.id },
        { action: "publish.approve", actorId: demo.admin.id },
        { action: "publish.published", actorId: demo.admin.id },
      ]),
    );
    const history = await listDecidedPublishRequests(demo.prisma, demo.admin);
    expect(history.find((h) => h.id === request.id)).toMatchObject({ status: "APPROVED", requestedBy: { name: expect.any(String) }, decidedBy: { name: expect.any(String) } });
  });

  it("refuses a stale request: the initiative changed after the request must be asked again", async () => {
    const { i, request } = await requested();
    const changed = await setInitiativeStatusAction.execute(demo.head, { id: i.id, version: i.version, status: "PLANNED", health: "ON_TRACK" }, opts());
    expect(changed.ok).toBe(true);
    const pending = (await listPendingPublishRequests(demo.prisma, demo.admin)).find((p) => p.id === request.id);
    expect(pending).toMatchObject({ stale: true, mayDecide: true });
    const r = await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts("en"));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { _form: [expect.stringMatching(/request again/)] } });
    expect((await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } })).visibility).toBe("INTERNAL");
  });

  it("refuses a request whose preview changed without the initiative's version (a milestone added since)", async () => {
    const { i, request } = await requested();
    await demo.prisma.milestone.create({ data: { initiativeId: i.id, title: "Nachträglich", baselineDate: new Date("2027-01-01"), forecastDate: new Date("2027-01-01") } });
    expect(await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("supersedes an older pending request for the same target", async () => {
    const { i, request } = await requested();
    const current = await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } });
    const again = await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: current.version, visibility: "PUBLIC" }, opts());
    expect(again.ok).toBe(true);
    expect((await demo.prisma.publishRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("WITHDRAWN");
    expect(await demo.prisma.publishRequest.count({ where: { targetId: i.id, status: "PENDING" } })).toBe(1);
  });

  it("rejects only with a reason; the requester may withdraw their own request", async () => {
    const { request } = await requested();
    const noReason = await rejectPublishAction.execute(demo.admin, { id: request.id, version: request.version, comment: "  " }, opts());
    expect(noReason).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: [expect.any(String)] } });
    const rejected = await rejectPublishAction.execute(demo.admin, { id: request.id, version: request.version, comment: "Beschreibung fehlt." }, opts());
    expect(rejected).toMatchObject({ ok: true, data: { status: "REJECTED" } });
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version + 1 }, opts())).toMatchObject({ ok: false });

    const second = await requested();
    expect(await withdrawPublishAction.execute(demo.admin, { id: second.request.id, version: second.request.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await withdrawPublishAction.execute(demo.head, { id: second.request.id, version: second.request.version }, opts())).toMatchObject({ ok: true, data: { status: "WITHDRAWN" } });
  });

  it("takes an initiative off the public site at once (no second pair of eyes)", async () => {
    const { i, request } = await requested();
    await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts());
    const now = await demo.prisma.initiative.findUniqueOrThrow({ where: { id: i.id } });
    const r = await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: now.version, visibility: "INTERNAL" }, opts());
    expect(r).toMatchObject({ ok: true, data: { visibility: "INTERNAL" } });
    expect(await publicPage(i.slug)).toBeNull();
  });

  it("asks for a milestone a lead shows on a public initiative; the department head approves it", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const m = await demo.prisma.milestone.create({
      data: { initiativeId: i.id, title: "Interner Meilenstein", baselineDate: new Date("2027-03-31"), forecastDate: new Date("2027-03-31"), isPublic: false },
    });
    const r = await editMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, title: m.title, description: "", weight: 1, isPublic: true, responsiblePartnerId: "" }, opts());
    expect(r).toMatchObject({ ok: true, data: { publishRequested: true, isPublic: false } });
    expect((await publicPage(i.slug))!.milestones.map((x) => x.title)).not.toContain("Interner Meilenstein");
    const request = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: m.id, status: "PENDING" } });
    expect(await approvePublishAction.execute(demo.lead, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: true });
    expect((await publicPage(i.slug))!.milestones.map((x) => x.title)).toContain("Interner Meilenstein");
  });

  it("asks for a KPI the head shows on a public initiative; the requester cannot approve, the admin can", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const fields = {
      name: "Online-Anträge", description: "", unit: "Anzahl", valueType: "DECIMAL", direction: "HIGHER_IS_BETTER",
      baselineValue: "10", baselineDate: "2024-01-01", targetValue: "100", targetDate: "2028-12-31", frequency: "QUARTERLY", method: "", source: "",
    };
    const kpi = await demo.prisma.kpi.create({
      data: { ...fields, scope: "INITIATIVE", initiativeId: i.id, isPublic: false, valueType: "DECIMAL", direction: "HIGHER_IS_BETTER", frequency: "QUARTERLY", baselineDate: new Date("2024-01-01"), targetDate: new Date("2028-12-31") },
    });
    const r = await updateKpiDefinitionAction.execute(demo.head, { ...fields, id: kpi.id, version: kpi.version, isPublic: true }, opts());
    expect(r).toMatchObject({ ok: true, data: { publishRequested: true } });
    expect((await demo.prisma.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).isPublic).toBe(false);
    const request = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: kpi.id, status: "PENDING" } });
    expect(request.snapshot).toEqual(expect.arrayContaining([{ key: "name", value: ["Online-Anträge"] }]));
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: true });
    expect((await publicPage(i.slug))!.kpis.map((k) => k.name)).toContain("Online-Anträge");
  });

  it("puts a pending request into the digest of the department's heads and the admins, never the requester's", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const m = await demo.prisma.milestone.create({
      data: { initiativeId: i.id, title: "Meilenstein zur Freigabe", baselineDate: new Date("2027-03-31"), forecastDate: new Date("2027-03-31"), isPublic: false },
    });
    const asked = await editMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, title: m.title, description: "", weight: 1, isPublic: true, responsiblePartnerId: "" }, opts());
    expect(asked).toMatchObject({ ok: true, data: { publishRequested: true } });
    const request = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: m.id, status: "PENDING" } });
    const digests = await addressItems(demo.prisma, await loadDueItems(demo.prisma, { now: new Date("2026-11-25T10:00:00Z"), staleAfterDays: 90 }));
    const reached = digests.flatMap((d) => d.items.filter((x) => x.entityId === request.id).map((x) => ({ user: d.recipient.userId, via: x.via, kind: x.kind, path: x.path })));
    const admins = await demo.prisma.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    expect(reached).toEqual(
      expect.arrayContaining([
        { user: demo.head.id, via: "departmentHead", kind: "publishApprovalWaiting", path: "/app/publications" },
        ...admins.map((a) => ({ user: a.id, via: "admin", kind: "publishApprovalWaiting", path: "/app/publications" })),
      ]),
    );
    expect(reached.some((r) => r.user === demo.lead.id)).toBe(false);
    // The head asks for the KPI of the same initiative: only the admins are asked, not the head.
    const kpi = await demo.prisma.kpi.create({
      data: { scope: "INITIATIVE", initiativeId: i.id, name: "Kennzahl zur Freigabe", unit: "Anzahl", isPublic: false, baselineValue: 0, baselineDate: new Date("2024-01-01"), targetValue: 5, targetDate: new Date("2028-12-31") },
    });
    const fields = {
      name: kpi.name, description: "", unit: "Anzahl", valueType: "DECIMAL", direction: "HIGHER_IS_BETTER",
      baselineValue: "0", baselineDate: "2024-01-01", targetValue: "5", targetDate: "2028-12-31", frequency: "QUARTERLY", method: "", source: "",
    };
    expect(await updateKpiDefinitionAction.execute(demo.head, { ...fields, id: kpi.id, version: kpi.version, isPublic: true }, opts())).toMatchObject({ ok: true, data: { publishRequested: true } });
    const kpiRequest = await demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId: kpi.id, status: "PENDING" } });
    const again = await addressItems(demo.prisma, await loadDueItems(demo.prisma, { now: new Date("2026-11-25T10:00:00Z"), staleAfterDays: 90 }));
    const forKpi = again.filter((d) => d.items.some((x) => x.entityId === kpiRequest.id)).map((d) => d.recipient.userId);
    expect(forKpi.sort()).toEqual(admins.map((a) => a.id).sort());
    // In the mail: its own group, and why the reviewer gets it.
    const head = again.find((d) => d.recipient.userId === demo.head.id)!;
    const mail = composeDigest({ locale: "en", name: "Head", day: "2026-11-25", appUrl: "https://masterplan.example", site: "Digitales Beispielhausen", items: head.items.filter((x) => x.entityId === request.id) });
    expect(mail.subject).toBe("Digitales Beispielhausen: 1 item for you (25 Nov 2026)");
    expect(mail.text).toContain("Publications waiting for your approval");
    expect(mail.text).toContain("because you may approve publications of");
    expect(mail.text).toContain("https://masterplan.example/app/publications");
    // Decided, it is no item any more.
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: true });
    const after = await loadDueItems(demo.prisma, { now: new Date("2026-11-25T10:00:00Z"), staleAfterDays: 90 });
    expect(after.some((x) => x.entityId === request.id)).toBe(false);
  });

  it("asks for a new public milestone and a new public KPI on a public initiative; they stay internal until approved", async () => {
    const i = await scratchInitiative(demo.prisma, { departmentId: digi, leadIds: [demo.lead.id] });
    const m = await addMilestoneAction.execute(demo.lead, { initiativeId: i.id, title: "Neu und öffentlich", description: "", baselineDate: "2027-05-31", weight: 1, isPublic: true, responsiblePartnerId: "" }, opts());
    expect(m).toMatchObject({ ok: true, data: { publishRequested: true, isPublic: false } });
    const k = await createKpiDefinitionAction.execute(demo.head, {
      initiativeId: i.id, name: "Neue öffentliche Kennzahl", description: "", unit: "Anzahl", valueType: "DECIMAL", direction: "HIGHER_IS_BETTER",
      baselineValue: "0", baselineDate: "2024-01-01", targetValue: "10", targetDate: "2028-12-31", frequency: "QUARTERLY", method: "", source: "", isPublic: true,
    }, opts());
    expect(k).toMatchObject({ ok: true, data: { publishRequested: true } });
    const page = await publicPage(i.slug);
    expect(page!.milestones.map((x) => x.title)).not.toContain("Neu und öffentlich");
    expect(page!.kpis.map((x) => x.name)).not.toContain("Neue öffentliche Kennzahl");
    const requests = await demo.prisma.publishRequest.findMany({ where: { initiativeId: i.id, status: "PENDING" }, orderBy: { requestedAt: "asc" } });
    expect(requests.map((r) => [r.targetKind, r.requestedById])).toEqual([["MILESTONE", demo.lead.id], ["KPI", demo.head.id]]);
    // Each by the other: the head approves the lead's milestone, the admin the head's KPI.
    expect(await approvePublishAction.execute(demo.head, { id: requests[1]!.id, version: requests[1]!.version }, opts())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.head, { id: requests[0]!.id, version: requests[0]!.version }, opts())).toMatchObject({ ok: true });
    expect(await approvePublishAction.execute(demo.admin, { id: requests[1]!.id, version: requests[1]!.version }, opts())).toMatchObject({ ok: true });
    const after = await publicPage(i.slug);
    expect(after!.milestones.map((x) => x.title)).toContain("Neu und öffentlich");
    expect(after!.kpis.map((x) => x.name)).toContain("Neue öffentliche Kennzahl");
  });

  it("flags a milestone of an internal initiative public directly: nothing becomes visible yet", async () => {
    const i = await internalInitiative();
    const m = await demo.prisma.milestone.create({ data: { initiativeId: i.id, title: "Später öffentlich", baselineDate: new Date("2027-03-31"), forecastDate: new Date("2027-03-31"), isPublic: false } });
    const r = await editMilestoneAction.execute(demo.lead, { id: m.id, version: m.version, title: m.title, description: "", weight: 1, isPublic: true, responsiblePartnerId: "" }, opts());
    expect(r.ok && !("publishRequested" in r.data)).toBe(true);
    expect((await demo.prisma.milestone.findUniqueOrThrow({ where: { id: m.id } })).isPublic).toBe(true);
  });
});

describe("publishing with PUBLISH_REVIEW=false", () => {
  it("publishes at once, as before", async () => {
    review(false);
    try {
      const i = await internalInitiative();
      const r = await setInitiativeVisibilityAction.execute(demo.head, { id: i.id, version: i.version, visibility: "PUBLIC" }, opts());
      expect(r).toMatchObject({ ok: true, data: { visibility: "PUBLIC" } });
      expect(r.ok && "publishRequested" in r.data).toBe(false);
      expect((await publicPage(i.slug))?.title).toBe(i.title);
      expect(await demo.prisma.publishRequest.count({ where: { targetId: i.id } })).toBe(0);
      // The admin's list from the audit log names the direct publication and who made it.
      const history = await listPublicationHistory(demo.prisma, demo.admin);
      expect(history.find((h) => h.entityId === i.id)).toMatchObject({ entityType: "Initiative", viaRequest: false, actorName: await nameOf(demo.head.id), requesterName: null });
    } finally {
      review(true);
    }
  });
});

describe("who published what and when", () => {
  it("lists approved requests with who asked and who approved, newest first, for admins only", async () => {
    const { i, request } = await requested();
    expect(await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts())).toMatchObject({ ok: true });
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history[0]).toMatchObject({ entityType: "Initiative", entityId: i.id, viaRequest: true, actorName: await nameOf(demo.admin.id), requesterName: await nameOf(demo.head.id) });
    expect(history[0]!.label).toContain(i.title);
    expect(history.filter((h) => h.entityId === i.id)).toHaveLength(1);
    await expect(listPublicationHistory(demo.prisma, demo.head)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
