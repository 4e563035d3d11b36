// Reads of documents for the signed-in app: an initiative's documents (its page), and one document
// for download. Readable by whoever may read the initiative (portfolio.read); who may change them
// is answered here for the forms, the actions check again.
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";

export async function listInitiativeDocuments(db: Db, viewer: Actor | null | undefined, initiativeId: string) {
  assertCan(viewer, "portfolio.read");
  const facts = await loadInitiativeFacts(db, initiativeId);
  if (!facts) return null;
  const [documents, reports] = await Promise.all([
    db.document.findMany({
      where: { initiativeId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, contentType: true, size: true, isPublic: true, version: true, createdAt: true, statusReport: { select: { period: true } } },
    }),
    db.statusReport.findMany({ where: { initiativeId }, orderBy: { period: "desc" }, select: { id: true, period: true } }),
  ]);
  return {
    canManage: can(viewer, "document.manage", facts),
    reports,
    documents: documents.map(({ statusReport, ...d }) => ({ ...d, period: statusReport?.period ?? null })),
  };
}

export type InitiativeDocument = NonNullable<Awaited<ReturnType<typeof listInitiativeDocuments>>>["documents"][number];

/** One document for download by a signed-in viewer; null when there is none. */
export async function findDocumentForViewer(db: Db, viewer: Actor | null | undefined, id: string) {
  assertCan(viewer, "portfolio.read");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.document.findUnique({ where: { id }, select: { name: true, contentType: true, size: true, storageKey: true } });
}
