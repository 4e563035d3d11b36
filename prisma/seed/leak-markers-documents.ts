// Leak markers for council decisions and documents (beside prisma/seed/leak-markers.ts, after it):
// - on the public host initiative, the plan and a field: an internal decision, every text marked;
// - on the internal initiative: a decision flagged public (its initiative is not);
// - on the public host, the internal and the archived initiative together: a public decision with
//   harmless texts, which may be published but must not name the other two;
// - on the public host: an internal document (marked name, marked content), a public document of
//   a draft report (likewise), and one harmless public document that citizens may download;
// - on the internal initiative: a document flagged public (marked name and content).
// The files are stored for real in the document store (DATA_DIR/documents or S3), so the download
// routes can be scanned too.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { documentStore } from "@/lib/documents/storage";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LEAK_INTERNAL_SLUG, LEAK_PREFIX } from "./leak-markers";

const m = (field: string) => `${LEAK_PREFIX}-${field}`;

/** A tiny PDF-looking file whose text is `text` (the store keeps bytes as given). */
const pdfWith = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, "latin1");

export type DocumentLeakSeed = { internalDocumentIds: string[]; publicDocumentId: string; publicDocumentName: string; sharedDecisionNumber: string };

/** The public decision attached to both the public host and the internal initiative (harmless texts). */
const SHARED_DECISION_NUMBER = "19-9901";

export async function seedDocumentLeakMarkers(prisma: PrismaClient, hostSlug: string): Promise<DocumentLeakSeed> {
  const [host, internal, plan, field] = await Promise.all([
    prisma.initiative.findUniqueOrThrow({ where: { slug: hostSlug }, select: { id: true } }),
    prisma.initiative.findUniqueOrThrow({ where: { slug: LEAK_INTERNAL_SLUG }, select: { id: true } }),
    prisma.masterplan.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } }),
    prisma.fieldOfAction.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } }),
  ]);
  const draft = await prisma.statusReport.findFirstOrThrow({ where: { initiativeId: host.id, state: { not: "APPROVED" } }, select: { id: true } });

  const hidden = await prisma.councilDecision.create({
    data: { body: m("DECISION-BODY"), number: "LEAK-7f3a-NR1", decidedOn: new Date("2019-05-01T00:00:00Z"), title: m("DECISION-TITLE"), titleEn: m("DECISION-TITLE-EN"), outcome: "ADOPTED", isPublic: false },
  });
  await prisma.councilDecisionLink.createMany({ data: [{ decisionId: hidden.id, initiativeId: host.id }, { decisionId: hidden.id, masterplanId: plan.id }, { decisionId: hidden.id, fieldOfActionId: field.id }] });
  const ofInternal = await prisma.councilDecision.create({
    data: { body: "Rat", number: "LEAK-7f3a-NR2", decidedOn: new Date("2019-05-02T00:00:00Z"), title: m("DECISION-OF-INTERNAL-TITLE"), outcome: "ADOPTED", isPublic: true },
  });
  await prisma.councilDecisionLink.create({ data: { decisionId: ofInternal.id, initiativeId: internal.id } });
  const shared = await prisma.councilDecision.create({
    data: { body: "Rat", number: SHARED_DECISION_NUMBER, decidedOn: new Date("2019-05-03T00:00:00Z"), title: "Gemeinsamer Beschluss (Prüfdaten)", outcome: "ADOPTED", isPublic: true },
  });
  const archived = await prisma.initiative.findUniqueOrThrow({ where: { slug: "leak-7f3a-archived" }, select: { id: true } });
  await prisma.councilDecisionLink.createMany({
    data: [host.id, internal.id, archived.id].map((initiativeId) => ({ decisionId: shared.id, initiativeId })),
  });

  const store = documentStore();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mm-leak-documents-"));
  const add = async (initiativeId: string, name: string, content: Buffer, isPublic: boolean, statusReportId: string | null = null) => {
    const key = randomUUID();
    const file = path.join(dir, key);
    await fs.writeFile(file, content);
    await store.put(key, file, content.length, "application/pdf");
    const row = await prisma.document.create({
      data: { initiativeId, statusReportId, name, contentType: "application/pdf", size: content.length, sha256: createHash("sha256").update(content).digest("hex"), storageKey: key, isPublic },
      select: { id: true },
    });
    return row.id;
  };
  try {
    const internalDocumentIds = [
      await add(host.id, `${m("DOCUMENT-NAME")}.pdf`, pdfWith(m("DOCUMENT-CONTENT")), false),
      await add(host.id, `${m("DRAFT-REPORT-DOCUMENT-NAME")}.pdf`, pdfWith(m("DRAFT-REPORT-DOCUMENT-CONTENT")), true, draft.id),
      await add(internal.id, `${m("INTERNAL-INITIATIVE-DOCUMENT-NAME")}.pdf`, pdfWith(m("INTERNAL-INITIATIVE-DOCUMENT-CONTENT")), true),
    ];
    const publicDocumentName = "Öffentliche Anlage (Prüfdaten).pdf";
    const publicDocumentId = await add(host.id, publicDocumentName, pdfWith("public attachment"), true);
    return { internalDocumentIds, publicDocumentId, publicDocumentName, sharedDecisionNumber: SHARED_DECISION_NUMBER };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
