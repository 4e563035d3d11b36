// What the internal API's reads answer in `data`, as zod schemas for the OpenAPI document
// (lib/api/openapi.ts). lib/api/openapi.test.ts parses real answers with these schemas made strict,
// so a field added to or removed from lib/initiatives/api-queries.ts without updating them fails.
import { z } from "zod";
import { Health, InitiativeStatus, Visibility } from "@/lib/generated/prisma/enums";
import { kpiTargetOutputShape } from "@/lib/kpis/output-schema";

const day = z.iso.date().nullable();
const timestamp = z.iso.datetime();

/** One row of GET /api/v1/initiatives. */
export const portfolioRowOutput = z.strictObject({
  code: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(InitiativeStatus),
  health: z.enum(Health),
  visibility: z.enum(Visibility),
  updatedAt: timestamp,
  fieldOfActionCode: z.string(),
  departmentCode: z.string(),
});

const milestoneOutput = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  weight: z.number().int(),
  baselineDate: day,
  forecastDate: day,
  completedDate: day,
  isPublic: z.boolean(),
});

const kpiOutput = z.strictObject({
  id: z.uuid(),
  ...kpiTargetOutputShape(day),
  isPublic: z.boolean(),
  latestMeasurement: z.strictObject({ periodDate: day, value: z.number(), note: z.string(), updatedAt: timestamp }).nullable(),
});

/** GET /api/v1/initiatives/{code}. */
export const initiativeDetailOutput = z.strictObject({
  code: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  status: z.enum(InitiativeStatus),
  health: z.enum(Health),
  healthReason: z.string().nullable(),
  visibility: z.enum(Visibility),
  tags: z.array(z.string()),
  plannedStart: day,
  plannedEnd: day,
  actualStart: day,
  actualEnd: day,
  archivedAt: timestamp.nullable(),
  updatedAt: timestamp,
  fieldOfAction: z.strictObject({ code: z.string(), title: z.string() }),
  department: z.strictObject({ code: z.string(), name: z.string() }),
  leads: z.array(z.strictObject({ name: z.string() })),
  milestones: z.array(milestoneOutput),
  kpis: z.array(kpiOutput),
});
