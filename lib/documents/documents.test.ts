// Documents end to end against a real database and the local store: uploads through the route's
// handler (multipart bodies as a browser sends them), refused uploads leave nothing behind (no
// staging file, no stored file, no row), the actions' authorization, and downloads as attachments.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { respond } from "@/lib/api/route";
import type { Actor } from "@/lib/authz/policy";
import { reloadEnv } from "@/lib/env";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { demoFixture } from "@/tests/db";
import { docx, html, pdf, plainZip, png, svg, xlsx } from "@/tests/documents";
import { documentResponse } from "./download";
import { deleteDocumentAction, setDocumentPublicAction } from "./mutations";
import { findDocumentForViewer, listInitiativeDocuments } from "./queries";
import { handleDocumentUpload } from "./upload-route";
import { MAX_DOCUMENT_BYTES } from "./types";

const demo = demoFixture();
let dataDir: string;
let previousDataDir: string | undefined;
let initiativeId: string;
let otherInitiativeId: string;

beforeAll(async () => {
  previousDataDir = process.env.DATA_DIR;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-documents-"));
  process.env.DATA_DIR = dataDir;
  reloadEnv();
  // An initiative the demo project lead leads, and one of another department they do not.
  initiativeId = (await demo.prisma.initiative.findFirstOrThrow({ where: { leads: { some: { userId: demo.lead.id } } }, orderBy: { code: "asc" }, select: { id: true } })).id;
  otherInitiativeId = (await demo.prisma.initiative.findFirstOrThrow({ where: { leads: { none: { userId: demo.lead.id } }, departmentId: { not: demo.lead.departmentId! } }, orderBy: { code: "asc" }, select: { id: true } })).id;
});

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previousDataDir;
  reloadEnv();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
const stored = () => filesIn(path.join(dataDir, "documents"));
const staging = () => filesIn(path.join(dataDir, "incoming"));

function multipart(file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
  return new Request("http://localhost:3000/api/v1/documents", { method: "POST", body: form });
}

async function upload(actor: Actor, file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}, locale: "de" | "en" = "de") {
  const request = multipart(file, { initiativeId, ...fields });
  const response = await respond(request, ({ requestId }) => handleDocumentUpload(request, actor, { requestId, locale, db: demo.prisma }));
  return { status: response.status, body: (await response.json()) as { data?: { id: string; name: string; contentType: string; size: number }; error?: { code: string; fieldErrors?: Record<string, string[]> } } };
}

/** Runs `refused` and checks that nothing was stored: no row, no file, no staging leftovers. */
async function expectNothingStored(refused: () => Promise<unknown>) {
  const [rowsBefore, filesBefore] = [await demo.prisma.document.count(), stored().length];
  await refused();
  expect(await demo.prisma.document.count()).toBe(rowsBefore);
  expect(stored()).toHaveLength(filesBefore);
  expect(staging()).toEqual([]);
}

describe("uploading a document", () => {
  it("stores a PDF under DATA_DIR with its row, the type found in the content, and audits it", async () => {
    const bytes = pdf("Sachstand 2026");
    const r = await upload(demo.lead, { name: "Sachstand 2026.pdf", bytes, type: "text/plain" }, { isPublic: "true" });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ name: "Sachstand 2026.pdf", contentType: "application/pdf", size: bytes.length });
    const row = await demo.prisma.document.findUniqueOrThrow({ where: { id: r.body.data!.id } });
    expect(row).toMatchObject({ initiativeId, isPublic: true, uploadedById: demo.lead.id });
    expect(fs.readFileSync(path.join(dataDir, "documents", row.storageKey))).toEqual(bytes);
    expect(staging()).toEqual([]);
    const event = await demo.prisma.auditEvent.findFirstOrThrow({ where: { action: "document.upload", entityId: row.id } });
    expect(event).toMatchObject({ actorId: demo.lead.id, initiativeId });
  });

  it.each([
    ["Tabelle.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx],
    ["Konzept.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", () => docx()],
    ["Karte.png", "image/png", () => png(64, 64)],
  ] as const)("accepts %s as %s by its content", async (name, type, make) => {
    const r = await upload(demo.lead, { name, bytes: await make() });
    expect(r.status).toBe(201);
    expect(r.body.data!.contentType).toBe(type);
  });

  it("attaches a document to a status report of the same initiative, and refuses another initiative's report", async () => {
    const own = await demo.prisma.statusReport.findFirstOrThrow({ where: { initiativeId }, select: { id: true } });
    const foreign = await demo.prisma.statusReport.findFirstOrThrow({ where: { initiativeId: { not: initiativeId } }, select: { id: true } });
    const ok = await upload(demo.lead, { name: "Anlage.pdf", bytes: pdf() }, { statusReportId: own.id });
    expect(ok.status).toBe(201);
    expect((await demo.prisma.document.findUniqueOrThrow({ where: { id: ok.body.data!.id } })).statusReportId).toBe(own.id);
    await expectNothingStored(async () => {
      const r = await upload(demo.lead, { name: "Anlage.pdf", bytes: pdf() }, { statusReportId: foreign.id });
      expect(r).toMatchObject({ status: 400, body: { error: { fieldErrors: { statusReportId: [de.documents.errors.report] } } } });
    });
  });

  it("refuses a file over 20 MB with 413 and a field error, and stores nothing", async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    await expectNothingStored(async () => {
      const r = await upload(demo.lead, { name: "Zu groß.pdf", bytes: big }, {}, "en");
      expect(r).toMatchObject({ status: 413, body: { error: { code: "VALIDATION", fieldErrors: { file: [en.documents.errors.tooLarge] } } } });
    });
  });

  it("counts the bytes of a body sent without Content-Length (chunked) and refuses it past the limit", async () => {
    const form = new FormData();
    form.append("initiativeId", initiativeId);
    form.append("file", new Blob([new Uint8Array(Buffer.concat([pdf(), Buffer.alloc(MAX_DOCUMENT_BYTES)]))]), "gross.pdf");
    const encoded = new Response(form);
    const request = new Request("http://localhost:3000/api/v1/documents", {
      method: "POST",
      body: encoded.body,
      headers: { "content-type": encoded.headers.get("content-type")! },
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    await expectNothingStored(async () => {
      const response = await respond(request, ({ requestId }) => handleDocumentUpload(request, demo.lead, { requestId, locale: "de", db: demo.prisma }));
      expect(response.status).toBe(413);
    });
  });

  it("refuses a file of exactly 20 MB + 1 byte but accepts exactly 20 MB", async () => {
    const head = pdf();
    const exact = Buffer.concat([head, Buffer.alloc(MAX_DOCUMENT_BYTES - head.length)]);
    const ok = await upload(demo.lead, { name: "Genau.pdf", bytes: exact });
    expect(ok.status).toBe(201);
    await expectNothingStored(async () => {
      expect((await upload(demo.lead, { name: "Eins zu viel.pdf", bytes: Buffer.concat([exact, Buffer.from("x")]) })).status).toBe(413);
    });
  });

  it.each([
    ["Notiz.html", html, "type"],
    ["Archiv.zip", plainZip, "type"],
    ["Logo.svg", svg, "svg"],
    ["Bericht.pdf", svg, "svg"],
  ] as const)("refuses %s (disallowed type) with 415 and stores nothing", async (name, make, problem) => {
    await expectNothingStored(async () => {
      const r = await upload(demo.lead, { name, bytes: await make(), type: "application/pdf" });
      expect(r).toMatchObject({ status: 415, body: { error: { fieldErrors: { file: [de.documents.errors[problem]] } } } });
    });
  });

  it.each([
    ["Bericht.pdf", () => png(32, 32)],
    ["Foto.png", () => pdf()],
    ["Tabelle.docx", xlsx],
    ["Konzept.xlsx", () => docx()],
    ["ohne Endung", () => pdf()],
  ] as const)("refuses %s whose name does not fit its content, and stores nothing", async (name, make) => {
    await expectNothingStored(async () => {
      const r = await upload(demo.lead, { name, bytes: await make() });
      expect(r).toMatchObject({ status: 415, body: { error: { fieldErrors: { file: [de.documents.errors.mismatch] } } } });
    });
  });

  it("refuses an empty file and a request without a file", async () => {
    await expectNothingStored(async () => {
      expect((await upload(demo.lead, { name: "leer.pdf", bytes: Buffer.alloc(0) })).status).toBe(400);
      const request = new Request("http://localhost:3000/api/v1/documents", { method: "POST", body: (() => { const f = new FormData(); f.append("initiativeId", initiativeId); return f; })() });
      const response = await respond(request, ({ requestId }) => handleDocumentUpload(request, demo.lead, { requestId, locale: "de", db: demo.prisma }));
      expect(response.status).toBe(400);
    });
  });

  it("refuses a viewer and a council member before reading the file, and a lead on another department's initiative", async () => {
    for (const actor of [demo.viewer, demo.council]) {
      await expectNothingStored(async () => expect((await upload(actor, { name: "a.pdf", bytes: pdf() })).status).toBe(403));
    }
    await expectNothingStored(async () => expect((await upload(demo.lead, { name: "a.pdf", bytes: pdf() }, { initiativeId: otherInitiativeId })).status).toBe(403));
    // A token never uploads (no scope grants document.manage), whoever owns it.
    await expectNothingStored(async () => expect((await upload({ ...demo.admin, via: "token", scopes: ["READ", "KPI_WRITE"] }, { name: "a.pdf", bytes: pdf() })).status).toBe(403));
  });

  it("refuses an unknown initiative with 404 and stores nothing", async () => {
    await expectNothingStored(async () => expect((await upload(demo.admin, { name: "a.pdf", bytes: pdf() }, { initiativeId: "0190a000-0000-7000-8000-000000000000" })).status).toBe(404));
  });
});

describe("managing and downloading documents", () => {
  it("publishes, unpublishes and deletes a document (file gone too), audited; others may not", async () => {
    const r = await upload(demo.lead, { name: "Löschen.pdf", bytes: pdf() });
    const row = await demo.prisma.document.findUniqueOrThrow({ where: { id: r.body.data!.id } });
    expect(await setDocumentPublicAction.execute(demo.viewer, { id: row.id, version: row.version, isPublic: true }, { db: demo.prisma })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const published = await setDocumentPublicAction.execute(demo.lead, { id: row.id, version: row.version, isPublic: true }, { db: demo.prisma });
    expect(published).toMatchObject({ ok: true, data: { isPublic: true, version: row.version + 1 } });
    expect(await deleteDocumentAction.execute(demo.lead, { id: row.id, version: row.version }, { db: demo.prisma })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteDocumentAction.execute(demo.lead, { id: row.id, version: row.version + 1 }, { db: demo.prisma })).toMatchObject({ ok: true });
    expect(await demo.prisma.document.count({ where: { id: row.id } })).toBe(0);
    expect(stored()).not.toContain(row.storageKey);
    const actions = await demo.prisma.auditEvent.findMany({ where: { entityId: row.id }, orderBy: [{ at: "asc" }, { chainSeq: "asc" }], select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["document.upload", "document.setPublic", "document.delete"]);
  });

  it("lists an initiative's documents for every signed-in role, with the right to manage for its lead only", async () => {
    const forLead = await listInitiativeDocuments(demo.prisma, demo.lead, initiativeId);
    expect(forLead!.canManage).toBe(true);
    expect(forLead!.documents.length).toBeGreaterThan(0);
    expect((await listInitiativeDocuments(demo.prisma, demo.viewer, initiativeId))!.canManage).toBe(false);
    await expect(listInitiativeDocuments(demo.prisma, null, initiativeId)).rejects.toThrow();
  });

  it("serves a download as an attachment with the UTF-8 name, its content type and nosniff", async () => {
    const bytes = pdf("Übersicht");
    const r = await upload(demo.lead, { name: "Übersicht „Ruhr“ 2026.pdf", bytes });
    const doc = await findDocumentForViewer(demo.prisma, demo.viewer, r.body.data!.id);
    const response = (await documentResponse(doc!, "private, no-store"))!;
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Ubersicht Ruhr 2026.pdf"; filename*=UTF-8''${encodeURIComponent("Übersicht „Ruhr“ 2026.pdf")}`);
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });
});
