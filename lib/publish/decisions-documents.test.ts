// Four eyes before publishing for council decisions and documents (issue 18, item 5): with
// PUBLISH_REVIEW on, recording a decision as public, flagging it public, and flagging a document of a
// public initiative public become publication requests; another head or admin approves exactly the
// preview; the requester cannot. A document of an internal initiative is flagged at once and shown
// in the initiative's own request. The admin's history shows who published what. PUBLISH_REVIEW=false
// publishes at once, as before.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDecisionAction, updateDecisionAction } from "@/lib/decisions/mutations";
import { setDocumentPublicAction } from "@/lib/documents/mutations";
import { reloadEnv } from "@/lib/env";
import { invalidatePublicCache } from "@/lib/public/cache";
import { loadPublicInitiativeDecisions, loadPublicInitiativeDocuments, loadPublicPlanDecisions } from "@/lib/public/decision-queries";
import { actorFor, demoFixture } from "@/tests/db";
import { listPublicationHistory } from "./history";
import { approvePublishAction } from "./mutations";
import { previewInitiative } from "./preview";
import { listPendingPublishRequests } from "./queries";

const demo = demoFixture();
const opts = { get db() { return demo.prisma; }, locale: "de" as const, requestId: "req-four-eyes" };
const saved = process.env.PUBLISH_REVIEW;
let own: { id: string; slug: string; departmentId: string };
let plan: { id: string };

function review(on: boolean) {
  process.env.PUBLISH_REVIEW = on ? "true" : "false";
  reloadEnv();
}

beforeAll(async () => {
  // A public initiative the demo lead leads in the demo head's department.
  own = await demo.prisma.initiative.findFirstOrThrow({
    where: { leads: { some: { userId: demo.lead.id } }, departmentId: demo.head.departmentId!, visibility: "PUBLIC", archivedAt: null },
    orderBy: { code: "asc" },
    select: { id: true, slug: true, departmentId: true },
  });
  plan = await demo.prisma.masterplan.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
});

afterAll(() => {
  process.env.PUBLISH_REVIEW = saved;
  reloadEnv();
});

let serial = 100;
const decision = (over: Record<string, unknown> = {}) => ({ body: "Rat", number: `25-${serial++}`, decidedOn: "2025-02-28", title: "Beschluss zur Freigabe", outcome: "ADOPTED", isPublic: true, ...over });

async function publicDecisions() {
  await invalidatePublicCache();
  return [...(await loadPublicInitiativeDecisions(demo.prisma, own.slug)), ...(await loadPublicPlanDecisions(demo.prisma))].map((d) => d.number);
}

/** An internal document row of the initiative (the file's bytes do not matter here). */
async function documentOf(initiativeId: string, name: string) {
  return demo.prisma.document.create({
    data: { initiativeId, name, contentType: "application/pdf", size: 1234, sha256: "0".repeat(64), storageKey: randomUUID(), uploadedById: demo.lead.id },
    select: { id: true, version: true },
  });
}

const pendingFor = (targetId: string) => demo.prisma.publishRequest.findFirstOrThrow({ where: { targetId, status: "PENDING" } });

describe("with PUBLISH_REVIEW on", () => {
  beforeAll(() => review(true));

  it("records a decision marked public as internal with a request the head of the initiative's department approves, never the requester", async () => {
    const input = decision({ title: "Rahmenplan Glasfaser" });
    const created = await createDecisionAction.execute(demo.lead, { ...input, targetKind: "initiative", targetId: own.id }, opts);
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.data).toMatchObject({ isPublic: false, publishRequested: true });
    expect(await publicDecisions()).not.toContain(input.number);
    const request = await pendingFor(created.data.id);
    expect(request).toMatchObject({ targetKind: "DECISION", requestedById: demo.lead.id, departmentId: own.departmentId, initiativeId: own.id, label: `${input.number} Rahmenplan Glasfaser` });
    expect(request.snapshot).toEqual(expect.arrayContaining([{ key: "number", value: [input.number] }, { key: "outcome", value: ["decisions.outcome.ADOPTED"] }]));

    // The reviewer's list shows it with its diff; the lead may not decide.
    const pending = (await listPendingPublishRequests(demo.prisma, demo.head)).find((r) => r.id === request.id)!;
    expect(pending).toMatchObject({ mayDecide: true, alreadyPublic: false, stale: false });
    expect(pending.diff.find((d) => d.key === "title")).toEqual({ key: "title", old: null, new: ["Rahmenplan Glasfaser"], changed: true });
    expect(await approvePublishAction.execute(demo.lead, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: true });
    expect(await publicDecisions()).toContain(input.number);
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history.find((h) => h.entityId === created.data.id)).toMatchObject({ entityType: "CouncilDecision", viaRequest: true, requesterName: expect.any(String), label: `${input.number} Rahmenplan Glasfaser` });
  });

  it("leaves a decision of the plan to another admin: its own admin and department heads may not approve", async () => {
    const input = decision({ title: "Fortschreibung Masterplan" });
    const created = await createDecisionAction.execute(demo.admin, { ...input, targetKind: "masterplan", targetId: plan.id }, opts);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const request = await pendingFor(created.data.id);
    expect(request).toMatchObject({ requestedById: demo.admin.id, departmentId: null });
    expect(await approvePublishAction.execute(demo.admin, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publicDecisions()).not.toContain(input.number);
  });

  it("asks when an admin flags an internal decision public, and the decision stays internal meanwhile", async () => {
    const created = await createDecisionAction.execute(demo.lead, { ...decision({ isPublic: false }), targetKind: "initiative", targetId: own.id }, opts);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { id, version, linkId: _l, ...fields } = created.data;
    const updated = await updateDecisionAction.execute(demo.admin, { ...fields, id, version, isPublic: true, titleEn: fields.titleEn ?? "" }, opts);
    if (!updated.ok) throw new Error(JSON.stringify(updated));
    expect(updated.data).toMatchObject({ isPublic: false, publishRequested: true });
    const request = await pendingFor(id);
    expect(request.requestedById).toBe(demo.admin.id);
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: true });
    expect(await publicDecisions()).toContain(fields.number);
  });

  it("asks for a document of a public initiative, which only shows once another person approves", async () => {
    const doc = await documentOf(own.id, "Vergabevermerk.pdf");
    const asked = await setDocumentPublicAction.execute(demo.lead, { id: doc.id, version: doc.version, isPublic: true }, opts);
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(asked.data).toMatchObject({ isPublic: false, publishRequested: true });
    await invalidatePublicCache();
    expect((await loadPublicInitiativeDocuments(demo.prisma, own.slug)).map((d) => d.name)).not.toContain("Vergabevermerk.pdf");
    const request = await pendingFor(doc.id);
    expect(request).toMatchObject({ targetKind: "DOCUMENT", requestedById: demo.lead.id, departmentId: own.departmentId });
    expect(request.snapshot).toEqual(expect.arrayContaining([{ key: "name", value: ["Vergabevermerk.pdf"] }]));

    const headVerk = await actorFor(demo.t, "thomas.brenner@demo.masterplan.example");
    expect(await approvePublishAction.execute(headVerk, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approvePublishAction.execute(demo.head, { id: request.id, version: request.version }, opts)).toMatchObject({ ok: true });
    await invalidatePublicCache();
    expect((await loadPublicInitiativeDocuments(demo.prisma, own.slug)).map((d) => d.name)).toContain("Vergabevermerk.pdf");
    const history = await listPublicationHistory(demo.prisma, demo.admin);
    expect(history.find((h) => h.entityId === doc.id && h.viaRequest)).toMatchObject({ entityType: "Document", label: expect.stringContaining("Vergabevermerk.pdf") });
  });

  it("flags a document of an internal initiative at once; the initiative's own preview lists it", async () => {
    const internal = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "INTERNAL", archivedAt: null }, orderBy: { code: "asc" }, select: { id: true } });
    const doc = await documentOf(internal.id, "Interner Entwurf.pdf");
    const set = await setDocumentPublicAction.execute(demo.admin, { id: doc.id, version: doc.version, isPublic: true }, opts);
    expect(set).toMatchObject({ ok: true, data: { isPublic: true } });
    expect(await demo.prisma.publishRequest.count({ where: { targetId: doc.id } })).toBe(0);
    const preview = await previewInitiative(demo.prisma, internal.id);
    expect(preview?.find((f) => f.key === "documents")?.value).toEqual([expect.stringContaining("Interner Entwurf.pdf")]);
  });
});

describe("with PUBLISH_REVIEW=false", () => {
  beforeAll(() => review(false));

  it("publishes decisions and documents at once, as before", async () => {
    const input = decision({ title: "Sofort öffentlich" });
    const created = await createDecisionAction.execute(demo.lead, { ...input, targetKind: "initiative", targetId: own.id }, opts);
    expect(created).toMatchObject({ ok: true, data: { isPublic: true } });
    expect(await publicDecisions()).toContain(input.number);
    const doc = await documentOf(own.id, "Sofort.pdf");
    expect(await setDocumentPublicAction.execute(demo.lead, { id: doc.id, version: doc.version, isPublic: true }, opts)).toMatchObject({ ok: true, data: { isPublic: true } });
    await invalidatePublicCache();
    expect((await loadPublicInitiativeDocuments(demo.prisma, own.slug)).map((d) => d.name)).toContain("Sofort.pdf");
    expect(await demo.prisma.publishRequest.count({ where: { targetId: { in: [doc.id, (created as { data: { id: string } }).data.id] } } })).toBe(0);
  });
});
