// Input schemas for deciding on publication requests (PUBLISH_REVIEW): the request and the version
// the reviewer saw; rejecting needs a reason, which the requester reads.
import { z } from "zod";

export const PUBLISH_COMMENT_MAX = 2000;

const id = z.uuid();
const version = z.coerce.number().int().min(1);

export const approvePublishInput = z.object({ id, version, comment: z.string().trim().max(PUBLISH_COMMENT_MAX).default("") });
export const rejectPublishInput = z.object({ id, version, comment: z.string().trim().min(1).max(PUBLISH_COMMENT_MAX) });
export const withdrawPublishInput = z.object({ id, version });
