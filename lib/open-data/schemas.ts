// The public open-data API's contract in one place: the zod schemas of every query string
// (validated by the route handlers) and of every response record (turned into the OpenAPI
// document with z.toJSONSchema). Field names are English and stable; renaming one is a breaking
// change of a published API.
import { z } from "zod";
import { DecisionOutcome, FundingSource, Health, InitiativeStatus, KpiScope, PartnerKind, PartnerRole } from "@/lib/generated/prisma/enums";
import { kpiTargetOutputShape } from "@/lib/kpis/output-schema";

// ---------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------

const slugParam = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, "expected a slug (lower-case letters, digits and hyphens)")
    .meta({ description: `Slug of the ${what}.` });
const fieldParam = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,100}$/, "expected the code (e.g. MOB) or slug of a field of action")
  .meta({ description: "Code (e.g. MOB) or slug of the field of action (Handlungsfeld)." });

/** limit/offset paging; `max` caps one page so a request's cost is bounded. */
export const pageParams = (max: number, fallback: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(fallback).meta({ description: `Page size (1 to ${max}).` }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).meta({ description: "Number of records to skip." }),
});

export const initiativeFilter = {
  field: fieldParam.optional(),
  status: z.enum(InitiativeStatus).optional().meta({ description: "Status of the initiative." }),
  district: slugParam("district (Stadtbezirk)").optional(),
  partner: slugParam("partner").optional(),
};
export const milestoneFilter = { initiative: slugParam("initiative").optional(), field: fieldParam.optional() };
export const kpiFilter = {
  scope: z.enum(KpiScope).optional().meta({ description: "Level the KPI belongs to." }),
  initiative: slugParam("initiative").optional(),
  field: fieldParam.optional(),
};
export const budgetFilter = {
  initiative: slugParam("initiative").optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional().meta({ description: "Budget year." }),
};

export const noQuery = z.strictObject({});
export const initiativesQuery = z.strictObject({ ...initiativeFilter, ...pageParams(200, 50) });
export const milestonesQuery = z.strictObject({ ...milestoneFilter, ...pageParams(1000, 100) });
export const kpisQuery = z.strictObject({ ...kpiFilter, ...pageParams(100, 25) });
export const budgetQuery = z.strictObject({ ...budgetFilter, ...pageParams(1000, 100) });
export const initiativesCsvQuery = z.strictObject(initiativeFilter);
export const milestonesCsvQuery = z.strictObject(milestoneFilter);
export const kpisCsvQuery = z.strictObject(kpiFilter);
export const budgetCsvQuery = z.strictObject(budgetFilter);

export type InitiativeFilter = z.infer<z.ZodObject<typeof initiativeFilter>>;
export type MilestoneFilter = z.infer<z.ZodObject<typeof milestoneFilter>>;
export type KpiFilter = z.infer<z.ZodObject<typeof kpiFilter>>;
export type BudgetFilter = z.infer<z.ZodObject<typeof budgetFilter>>;
export type Page = { limit: number; offset: number };

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

const date = z.iso.date().meta({ description: "Calendar date (YYYY-MM-DD)." });
const progress = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .meta({
    description:
      "Share of weighted public milestones done (0..1); completed initiatives count 1; null for cancelled initiatives or when nothing counts. Fields of action and the masterplan: the mean of their initiatives.",
  });
const progressPercent = z
  .number()
  .int()
  .min(0)
  .max(100)
  .nullable()
  .meta({ description: "`progress` in whole percent as the citizens' site shows it: rounded down (floor(progress × 100)), so 99.6 % is not shown as done." });
const money = z.string().regex(/^\d+\.\d{2}$/).meta({ description: "Amount in euros as an exact decimal string, e.g. \"125000.00\"." });
/** How every published thing is known: its code and the slug of its URL. */
const codeAndSlug = { code: z.string(), slug: z.string() };
const ref = z.object(codeAndSlug).meta({ description: "Reference to a published initiative." });
const initiativeCount = z.number().int();

export const masterplanRecord = z.object({
  slug: z.string(),
  title: z.string(),
  titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  vision: z.string(),
  visionEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  periodStart: date,
  periodEnd: date,
  isExample: z.boolean().meta({ description: "True when the data set is example (demo) data." }),
  progress,
  initiativeCount,
});

export const fieldRecord = z.object({ ...codeAndSlug, title: z.string(), titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }), description: z.string(), descriptionEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }), progress, initiativeCount });

export const initiativeRecord = z.object({
  ...codeAndSlug,
  title: z.string(),
  titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  summary: z.string(),
  summaryEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  field: z.object({ ...codeAndSlug, title: z.string(), titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }) }),
  department: z.string().meta({ description: "Name of the responsible department." }),
  status: z.enum(InitiativeStatus),
  health: z.enum(Health),
  plannedStart: date.nullable(),
  plannedEnd: date.nullable(),
  actualStart: date.nullable(),
  actualEnd: date.nullable(),
  progress,
  progressPercent,
  overdueMilestones: z.number().int().min(0).meta({ description: "Number of public milestones that are overdue today (see the milestone field `overdue`)." }),
  lastUpdated: date
    .nullable()
    .meta({ description: "Day of the last change anyone made to the initiative or its parts (\"Stand\"), in the city's time zone; null when nobody has changed it yet." }),
  districts: z.array(z.string()).meta({ description: "Slugs of the districts concerned." }),
  partners: z.array(z.string()).meta({ description: "Slugs of the partners." }),
  url: z.url().meta({ description: "The initiative's page on the citizens' site." }),
});

export const forecastRecord = z.object({
  reportedOn: date.meta({ description: "Day the forecast was changed." }),
  forecastDate: date,
  reason: z.string(),
});

export const milestoneRecord = z.object({
  id: z.uuid(),
  initiative: ref,
  title: z.string(),
  titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  baselineDate: date.meta({ description: "The first plan; never moves." }),
  forecastDate: date,
  completedDate: date.nullable(),
  slipDays: z.number().int().meta({ description: "Pure re-planning: completion (or current forecast) minus baseline, in days; does not grow while a milestone is overdue (see delayDays)." }),
  delayDays: z
    .number()
    .int()
    .nullable()
    .meta({
      description:
        "Delay against the baseline in days, as of today: completed → completion minus baseline (negative when done early); open → the later of forecast and today, minus baseline, never below 0 (so an overdue milestone that was never re-forecast keeps growing). Null only for a milestone without baseline.",
    }),
  overdue: z
    .boolean()
    .meta({ description: "Not completed and its due date (the current forecast; the baseline when never re-forecast) lies before today, the city's calendar day (Europe/Berlin unless configured otherwise)." }),
  responsiblePartner: z.string().nullable().meta({ description: "Slug of the responsible partner." }),
});

export const measurementRecord = z.object({ periodDate: date, value: z.number() });

export const kpiRecord = z.object({
  id: z.uuid(),
  scope: z.enum(KpiScope),
  field: z.string().nullable().meta({ description: "Code of the field of action (scope FIELD_OF_ACTION)." }),
  initiative: ref.nullable().meta({ description: "The initiative (scope INITIATIVE)." }),
  ...kpiTargetOutputShape(date),
  nameEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  descriptionEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  unitEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  method: z.string(),
  source: z.string(),
  measurements: z.array(measurementRecord),
});

export const partnerRecord = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(PartnerKind),
  website: z.string().nullable(),
  description: z.string(),
  initiatives: z.array(z.object({ ...codeAndSlug, role: z.enum(PartnerRole), contribution: z.string() })),
});

export const districtRecord = z.object({ ...codeAndSlug, name: z.string(), initiativeCount });

const fundingLevel = z.enum(FundingSource).meta({
  description: "Funding level: CITY (municipal), LAND (the city's federal state, see /funding), FEDERAL, EU, PARTNER, OTHER.",
});

export const budgetRecord = z.object({
  initiative: ref,
  year: z.number().int(),
  fundingSource: fundingLevel,
  fundingProgramme: z.string().nullable().meta({ description: "Name of the funding programme (Förderprogramm), null when none." }),
  planned: money,
  actual: money,
});

/** A funding programme's public fields (its internal reference is never published). */
const programmeRecord = z.object({
  name: z.string(),
  fundingRate: z.string().nullable().meta({ description: "Funding rate in percent of the eligible cost, e.g. \"65.00\"; null when not stated." }),
  periodFrom: date.nullable(),
  periodTo: date.nullable(),
  url: z.string().nullable(),
});

export const fundingRollupRecord = z.object({
  state: z.string().nullable().meta({ description: "The city's federal state, which the LAND level stands for; null when not configured." }),
  total: z.object({ planned: money, actual: money }),
  levels: z.array(
    z.object({
      level: fundingLevel,
      planned: money,
      actual: money,
      programmes: z
        .array(z.object({ programme: programmeRecord.nullable().meta({ description: "null: the level's lines without a programme." }), planned: money, actual: money }))
        .meta({ description: "The level's sums per funding programme." }),
    }),
  ),
});

export const initiativeDetailRecord = initiativeRecord.omit({ districts: true, partners: true }).extend({
  description: z.string().meta({ description: "Markdown." }),
  descriptionEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  plainLanguageSummaryEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  plainLanguageSummary: z.string().nullable().meta({ description: "Summary in plain language (Leichte Sprache)." }),
  healthReason: z.string().nullable(),
  progressBasis: z
    .object({
      publicMilestones: z.number().int().min(0).meta({ description: "Public milestones: progress is computed from these." }),
      allMilestones: z.number().int().min(0).meta({ description: "All milestones of the initiative, internal ones included (only counted, never published)." }),
    })
    .meta({ description: "How many milestones `progress` is based on." }),
  districts: z.array(z.object({ slug: z.string(), name: z.string() })),
  partners: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.enum(PartnerKind), role: z.enum(PartnerRole), contribution: z.string() })),
  milestones: z.array(milestoneRecord.omit({ initiative: true }).extend({ forecastHistory: z.array(forecastRecord) })),
  statusReports: z
    .array(z.object({ period: z.string().meta({ description: "Reporting quarter, e.g. 2026-Q3." }), publicSummary: z.string() }))
    .meta({ description: "Approved status reports (Sachstandsberichte), public summary only." }),
  budget: z.array(budgetRecord.omit({ initiative: true })),
  kpis: z.array(kpiRecord.omit({ initiative: true, field: true })),
});

export const decisionRecord = z.object({
  body: z.string().meta({ description: "The deciding body: the council (Rat), a committee (Ausschuss für …) or a district council (Bezirksvertretung …)." }),
  number: z.string().meta({ description: "Number of the printed matter (Drucksache), e.g. 24-0815." }),
  decidedOn: date.meta({ description: "Day of the decision." }),
  title: z.string(),
  titleEn: z.string().nullable().meta({ description: "English version; null when the city has written none (then only the German one exists)." }),
  outcome: z.enum(DecisionOutcome).meta({ description: "ADOPTED, AMENDED (adopted with amendments), REJECTED, DEFERRED or NOTED (taken note of)." }),
  url: z.string().nullable().meta({ description: "The printed matter in the city's council information system; null when the installation has no link template." }),
  attachedTo: z
    .object({
      masterplan: z.string().nullable().meta({ description: "Slug of the masterplan when the decision concerns the plan as a whole." }),
      fields: z.array(z.object(codeAndSlug)).meta({ description: "Fields of action (Handlungsfelder) the decision concerns." }),
      initiatives: z.array(ref).meta({ description: "Published initiatives the decision concerns." }),
    })
    .meta({ description: "What the decision is attached to; only published things are named." }),
});

export const pageMeta = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.url().nullable().meta({ description: "URL of the next page, null on the last." }),
});

export const errorRecord = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per query parameter." }),
  }),
});

export type MasterplanRecord = z.infer<typeof masterplanRecord>;
export type FieldRecord = z.infer<typeof fieldRecord>;
export type InitiativeRecord = z.infer<typeof initiativeRecord>;
export type InitiativeDetailRecord = z.infer<typeof initiativeDetailRecord>;
export type MilestoneRecord = z.infer<typeof milestoneRecord>;
export type KpiRecord = z.infer<typeof kpiRecord>;
export type PartnerRecord = z.infer<typeof partnerRecord>;
export type DistrictRecord = z.infer<typeof districtRecord>;
export type BudgetRecord = z.infer<typeof budgetRecord>;
export type DecisionRecord = z.infer<typeof decisionRecord>;
export type FundingRollupRecord = z.infer<typeof fundingRollupRecord>;
export type PageMeta = z.infer<typeof pageMeta>;
