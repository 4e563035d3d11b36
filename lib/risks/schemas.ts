// Input schemas for an initiative's risks, shared by forms and server actions. Fields that are not
// listed are stripped by zod and never reach a write.
import { z } from "zod";
import { RiskStatus } from "@/lib/generated/prisma/enums";

const id = z.uuid();
const version = z.coerce.number().int().min(1);
/** 1 (rare / negligible) .. 5 (almost certain / severe). */
const level = z.coerce.number().int().min(1).max(5);

const riskFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).default(""),
  probability: level,
  impact: level,
  mitigation: z.string().trim().max(4000).default(""),
  /** Forms send "" for "no owner". */
  ownerId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
  status: z.enum(RiskStatus).default("OPEN"),
};

export const createRiskInput = z.object({ initiativeId: id, ...riskFields });
export const updateRiskInput = z.object({ id, version, ...riskFields });
export const closeRiskInput = z.object({ id, version });
