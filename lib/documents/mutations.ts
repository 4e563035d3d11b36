// Documents of an initiative and its status reports: upload, publish/unpublish and delete, by the
// initiative's leads and deputies, the head of its department and admins (`document.manage`,
// checked against the initiative loaded from the database). An upload stores the staged file and
// writes its row in one action; when the row is not written the stored object is removed again
// (here for errors inside the action, by the upload route for a failed commit), so no file is
// left without its row. Every change is audited into the initiative's history. Making a document of
// a public initiative public is a publication request while PUBLISH_REVIEW is on (lib/publish/gate.ts);
// on an internal initiative the flag is set at once and shows only with the initiative, whose own
// request previews its public documents (a document is public only when both are).
import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { initiativeFactsSelect, toFacts } from "@/lib/initiatives/facts";
import { partBecomesVisible, publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { deleteDocumentInput, setDocumentPublicInput, uploadDocumentInput } from "./schemas";
import { stagedUpload } from "./stage";
import { documentStore } from "./storage";

export const documentSelect = {
  id: true,
  initiativeId: true,
  statusReportId: true,
  name: true,
  contentType: true,
  size: true,
  sha256: true,
  isPublic: true,
  version: true,
  createdAt: true,
} as const;

async function loadDocument(tx: Tx, id: string) {
  const d = await tx.document.findUnique({ where: { id }, select: { ...documentSelect, storageKey: true, initiative: { select: initiativeFactsSelect } } });
  if (!d) return null;
  const { initiative, storageKey, ...before } = d;
  return { ...toFacts(initiative), before, storageKey };
}

export const uploadDocumentAction = defineAction({
  name: "document.upload",
  input: uploadDocumentInput,
  permission: "document.manage",
  load: async (tx, input) => {
    const initiative = await tx.initiative.findUnique({ where: { id: input.initiativeId }, select: initiativeFactsSelect });
    return initiative ? toFacts(initiative) : null;
  },
  run: async ({ tx, input, actor, audit }) => {
    const staged = stagedUpload(input.upload);
    if (!staged || staged.storedKey) throw new AppError("VALIDATION", "The upload is gone; send the file again.", { fieldErrors: { file: ["#documents.errors.gone"] } });
    if (input.statusReportId) {
      const report = await tx.statusReport.findFirst({ where: { id: input.statusReportId, initiativeId: input.initiativeId }, select: { id: true } });
      if (!report) throw new AppError("VALIDATION", "The report is not one of this initiative's.", { fieldErrors: { statusReportId: ["#documents.errors.report"] } });
    }
    const ask = input.isPublic && publishReviewOn() && (await partBecomesVisible(tx, input.initiativeId));
    const key = randomUUID();
    const store = documentStore();
    await store.put(key, staged.path, staged.size, staged.type);
    staged.storedKey = key;
    try {
      const created = await tx.document.create({
        data: {
          initiativeId: input.initiativeId,
          statusReportId: input.statusReportId,
          name: staged.name,
          contentType: staged.type,
          size: staged.size,
          sha256: staged.sha256,
          storageKey: key,
          isPublic: input.isPublic && !ask,
          uploadedById: actor.id,
        },
        select: documentSelect,
      });
      audit({ action: "document.upload", entityType: "Document", entityId: created.id, initiativeId: input.initiativeId, after: created });
      return ask ? { ...created, ...(await requestPublication({ tx, actor, audit }, "DOCUMENT", created.id)) } : created;
    } catch (e) {
      await store.delete(key);
      staged.storedKey = undefined;
      throw e;
    }
  },
});

export const setDocumentPublicAction = defineAction({
  name: "document.setPublic",
  input: setDocumentPublicInput,
  permission: "document.manage",
  load: (tx, input) => loadDocument(tx, input.id),
  run: async ({ tx, input: { id, version, isPublic }, resource: { before }, actor, audit, unchanged }) => {
    if (before.isPublic === isPublic) {
      unchanged();
      return before;
    }
    if (isPublic && publishReviewOn() && (await partBecomesVisible(tx, before.initiativeId))) {
      // Asked, not published: the version the user saw must still be the one asked for.
      if (before.version !== version) throw new AppError("CONFLICT", "Document was changed by someone else in the meantime.", { current: before });
      return { ...before, ...(await requestPublication({ tx, actor, audit }, "DOCUMENT", id)) };
    }
    const { count } = await tx.document.updateMany({ where: { id, version }, data: { isPublic, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "Document was changed by someone else in the meantime.", { current: before });
    const after = await tx.document.findUniqueOrThrow({ where: { id }, select: documentSelect });
    audit({ action: "document.setPublic", entityType: "Document", entityId: id, initiativeId: before.initiativeId, before: { isPublic: before.isPublic }, after: { isPublic, name: before.name } });
    return after;
  },
});

export const deleteDocumentAction = defineAction({
  name: "document.delete",
  input: deleteDocumentInput,
  permission: "document.manage",
  load: (tx, input) => loadDocument(tx, input.id),
  run: async ({ tx, input: { id, version }, resource: { before, storageKey }, audit }) => {
    const { count } = await tx.document.deleteMany({ where: { id, version } });
    if (count === 0) throw new AppError("CONFLICT", "Document was changed by someone else in the meantime.", { current: before });
    audit({ action: "document.delete", entityType: "Document", entityId: id, initiativeId: before.initiativeId, before });
    // Last step before the commit: a failing store keeps the row (the error rolls it back).
    await documentStore().delete(storageKey);
    return { id };
  },
});
