// Input schemas for documents. The upload's bytes arrive through the upload route (multipart,
// streamed and staged); the action receives only the staging token.
import { z } from "zod";

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable().default(null));

export const uploadDocumentInput = z.object({
  initiativeId: id,
  /** A status report of the same initiative, or none. */
  statusReportId: optionalId,
  isPublic: flag.default(false),
  /** The staging token (lib/documents/stage.ts). */
  upload: z.uuid(),
});

export const setDocumentPublicInput = z.object({ id, version, isPublic: flag });
export const deleteDocumentInput = z.object({ id, version });
