// The one entry point of the import, for the upload page and `npm run import` alike: the file
// arrives base64-encoded, is read, planned against the database, and — unless it is a dry run or a
// row has an error — written in one transaction, all or nothing. The permission is checked for the
// actor here (admins; department heads for their own department) and again on every row.
// With PUBLISH_REVIEW on, an import makes nothing newly public: what a row would publish stays
// internal and becomes a publication request of the importing user, asked in the same transaction
// after the rows are written (so each request's preview shows the imported state).
import crypto from "node:crypto";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { publishReviewOn, requestPublication } from "@/lib/publish/gate";
import { MAX_FILE_BYTES } from "../read";
import { readUploadInWorker } from "../read-pool";
import { applyWrites } from "./apply";
import { planImport } from "./run";
import type { ImportReport } from "./types";

export const importInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  // 10 MB as base64, with room for padding.
  contentBase64: z.string().min(1).max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 16),
  dryRun: z.boolean(),
  /** The SHA-256 the dry run reported: apply only the file that was checked. */
  expectSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

export const importWorkbookAction = defineAction({
  name: "transfer.import",
  input: importInput,
  permission: "transfer.import",
  transaction: { timeoutMs: 10 * 60_000 },
  // Writing many rows at once is sensitive; the dry run is not.
  recentAuth: (input) => !input.dryRun,
  // The actor's own facts: admins always, department heads with a department; rows are checked one by one.
  load: async (_tx, _input, actor) => ({ departmentId: actor.departmentId }),
  run: async ({ tx, input, actor, audit, requestId, now }): Promise<ImportReport> => {
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    if (!input.dryRun && input.expectSha256 && input.expectSha256 !== sha256) {
      throw new AppError("VALIDATION", "The file differs from the one checked in the dry run.", { fieldErrors: { file: ["#transfer.errors.changedSinceDryRun"] } });
    }
    // Read on a thread of its own with its own heap limit (read-pool.ts); the rows come back.
    const read = await readUploadInWorker(bytes, input.fileName);
    const plan = await planImport(tx, actor, read, input.fileName, publishReviewOn());
    const applied = !input.dryRun && !plan.blocked && plan.counts.error === 0;
    if (applied) {
      await applyWrites(tx, actor, plan.writes, requestId, now);
      for (const r of plan.writes.publishRequests) await requestPublication({ tx, actor, audit }, r.kind, r.id);
    }
    const publishRequests = plan.writes.publishRequests.length;
    const summary = { fileName: input.fileName, sha256, counts: plan.counts, ...(publishRequests ? { publishRequests } : {}) };
    audit({ action: input.dryRun ? "import.dryRun" : applied ? "import.apply" : "import.refused", entityType: "Import", entityId: sha256, after: summary });
    return {
      fileName: input.fileName,
      sha256,
      format: read.format,
      ...(read.detected ? { detected: read.detected } : {}),
      dryRun: input.dryRun,
      applied,
      counts: plan.counts,
      publishRequests,
      rows: plan.rows,
      problems: plan.problems,
    };
  },
});
