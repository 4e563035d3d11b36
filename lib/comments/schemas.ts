// Input schemas for comments on an initiative or a status report. The body is plain text (rendered as text, never as
// HTML or Markdown). Fields that are not listed (authorId, deletedAt …) are stripped by zod.
import { z } from "zod";

const body = z.string().trim().min(1).max(4000);
const id = z.uuid();
const version = z.coerce.number().int().min(1);

export const createCommentInput = z.object({ initiativeId: id, body });
export const createReportCommentInput = z.object({ statusReportId: id, body });
export const updateCommentInput = z.object({ id, version, body });
export const deleteCommentInput = z.object({ id, version });
