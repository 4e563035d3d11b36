// Input schemas for citizens' feedback: the public form (no account) and the moderators' actions.
// Fields not listed are stripped by zod; the form's checkboxes arrive as "on" or not at all.
import { z } from "zod";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());

export const FEEDBACK_MESSAGE_MAX = 2000;

/** What the public form sends (besides its token and the honeypot, which the route reads first). */
export const feedbackSubmission = z.object({
  message: z.string().trim().min(10).max(FEEDBACK_MESSAGE_MAX),
  name: optionalText(100),
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.email().trim().toLowerCase().max(254).optional()),
  showName: checkbox,
  consent: checkbox.refine((v) => v, { message: "#consentRequired" }),
});
export type FeedbackSubmission = z.infer<typeof feedbackSubmission>;

const id = z.uuid();
const version = z.coerce.number().int().min(1);
const answer = z.string().trim().min(1).max(FEEDBACK_MESSAGE_MAX);

/** Answer privately (mailed when the citizen gave an address). */
export const answerFeedbackInput = z.object({ id, version, answer });
/** Publish the question with the answer on the initiative's public page. */
export const publishFeedbackInput = z.object({ id, version, answer });
export const discardFeedbackInput = z.object({ id, version });
