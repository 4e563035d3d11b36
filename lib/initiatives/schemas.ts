// Input schemas for creating and editing initiatives (Vorhaben), shared by the forms and the
// server actions, plus the small pure rules they rely on: code format and suggestion, slug,
// tags and money parsing. Fields that are not listed are stripped by zod and never reach a write.
import { z } from "zod";
import { Health, InitiativeMemberRole, InitiativeStatus, PartnerRole, SuccessionKind, Visibility } from "@/lib/generated/prisma/enums";
import { milestoneCode, optionalDate as optionalMilestoneDate, planFields as milestonePlanFields, requiredDate } from "@/lib/milestones/schemas";
import { optionalEnglishText } from "@/lib/i18n/content";
import { partnerSlug } from "@/lib/partners/schemas";
import { isGreener } from "./health-severity";

/** "MOB-03": 2–5 capital letters (the field of action's code), a hyphen, two digits. */
export const INITIATIVE_CODE = /^[A-Z]{2,5}-\d{2}$/;

/** The next code for a field of action: one above the highest number in use, else the first gap; null when 01–99 are taken. */
export function suggestInitiativeCode(fieldCode: string, existingCodes: readonly string[]): string | null {
  if (!/^[A-Z]{2,5}$/.test(fieldCode)) return null;
  const used = new Set(
    existingCodes.filter((c) => c.startsWith(`${fieldCode}-`) && INITIATIVE_CODE.test(c)).map((c) => Number(c.slice(fieldCode.length + 1))),
  );
  const highest = Math.max(0, ...used);
  const candidates = highest < 99 ? [highest + 1] : Array.from({ length: 99 }, (_, i) => i + 1);
  const next = candidates.find((n) => !used.has(n));
  return next === undefined ? null : `${fieldCode}-${String(next).padStart(2, "0")}`;
}

/** URL slug of an initiative: lower-case ASCII, umlauts spelled out (ä→ae … ß→ss); the same rule as partners. */
export function initiativeSlug(title: string): string {
  return partnerSlug(title) || "vorhaben";
}

/** The first of base, base-2, base-3 … that is not taken. */
export function firstFreeSlug(base: string, taken: readonly string[]): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let n = 2; ; n++) if (!set.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Bürgerservice, KI , bürgerservice" → ["Bürgerservice", "KI"]: trimmed, empty ones dropped, unique regardless of case. */
export function parseTags(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  const parts = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : null;
  if (!parts) return value;
  const seen = new Set<string>();
  const tags: unknown[] = [];
  for (const part of parts) {
    if (typeof part !== "string") return value;
    const tag = part.trim().replace(/\s+/g, " ");
    if (!tag || seen.has(tag.toLocaleLowerCase("de"))) continue;
    seen.add(tag.toLocaleLowerCase("de"));
    tags.push(tag);
  }
  return tags;
}

/**
 * Money as typed by people: "1.234,56", "1234,56", "1234.56", "1,234.56", "1 234,56 €" → "1234.56".
 * With both separators the last one is the decimal mark. With one kind only, it is the decimal
 * mark when it occurs once and is followed by one or two digits; otherwise it groups thousands
 * (groups of exactly three). At most two decimal places and 12 integer digits (DECIMAL(14, 2));
 * negative amounts are refused. Returns null for empty input, undefined for anything unreadable.
 */
export function parseMoney(raw: string): string | null | undefined {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/(€|EUR)$/i, "");
  if (s === "") return null;
  if (!/^[\d.,]+$/.test(s) || !/^\d/.test(s)) return undefined;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let intPart = s;
  let fraction = "";
  let groupSep: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    groupSep = decimalAt === lastDot ? "," : ".";
    intPart = s.slice(0, decimalAt);
    fraction = s.slice(decimalAt + 1);
    if (!/^\d{1,2}$/.test(fraction) || intPart.includes(s[decimalAt]!)) return undefined;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const pieces = s.split(sep);
    if (pieces.length === 2 && /^\d{1,2}$/.test(pieces[1]!)) {
      intPart = pieces[0]!;
      fraction = pieces[1]!;
    } else groupSep = sep;
  }
  if (groupSep !== null) {
    const groups = intPart.split(groupSep);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
    intPart = groups.join("");
  }
  if (!/^\d+$/.test(intPart)) return undefined;
  const digits = intPart.replace(/^0+(?=\d)/, "");
  if (digits.length > 12) return undefined;
  return `${digits}.${fraction.padEnd(2, "0")}`;
}

const id = z.uuid();
/** A choice from a select: "" (nothing chosen) reads as missing, so the message says "required". */
const chosenId = z.preprocess((v) => (v === "" ? undefined : v), id);
const version = z.coerce.number().int().min(1);
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable().default(null));
const optionalDate = z.preprocess(emptyToNull, z.iso.date().nullable().default(null));
/** Forms send one string for one checked box, an array for several, nothing for none. */
const idList = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v), z.array(id).max(50).transform((ids) => [...new Set(ids)]));

export const initiativeCode = z.string().trim().toUpperCase().regex(INITIATIVE_CODE, { message: "#initiatives.errors.codeFormat" });

/**
 * When the manual health needs a reason: when it is not "on track" (the reason explains the
 * deviation), and when it is greener than the health suggested from the data
 * (lib/initiatives/health-suggestion.ts; the reason explains why the person sees it better).
 * Otherwise no reason is kept: an "on track" the data agrees with needs no explanation.
 */
export function healthReasonRequired(health: Health, suggested: Health | null): boolean {
  return health !== "ON_TRACK" || (suggested !== null && isGreener(health, suggested));
}

/**
 * The schemas check the first half of healthReasonRequired: they know no data. The initiative
 * actions check the second half against the stored initiative, in their transaction
 * (lib/initiatives/mutations/health-check.ts).
 */
function requireHealthReason(v: { health?: Health; healthReason?: string | null }, ctx: z.RefinementCtx) {
  if (v.health && healthReasonRequired(v.health, null) && !v.healthReason) {
    ctx.addIssue({ code: "custom", path: ["healthReason"], message: "#initiatives.errors.healthReasonRequired" });
  }
}

function requireOrderedDates(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [start, end] of [["plannedStart", "plannedEnd"], ["actualStart", "actualEnd"]] as const) {
    const s = v[start];
    const e = v[end];
    if (typeof s === "string" && typeof e === "string" && e < s) {
      ctx.addIssue({ code: "custom", path: [end], message: "#initiatives.errors.endBeforeStart" });
    }
  }
}

const statusFields = {
  status: z.enum(InitiativeStatus),
  health: z.enum(Health),
  healthReason: optionalText(2000),
};

const masterDataFields = {
  code: initiativeCode,
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().max(1000).default(""),
  description: z.string().trim().max(20_000).default(""),
  fieldOfActionId: chosenId,
  departmentId: chosenId,
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  districtIds: idList,
  tags: z.preprocess(parseTags, z.array(z.string().max(50, { message: "#initiatives.errors.tagTooLong" })).max(30)),
};

export const MAX_FIRST_MILESTONES = 20;
export const MAX_FIRST_PARTNERS = 10;

/** Fields of a milestone row that make it a row at all: a row with none of them filled in is skipped. */
const MILESTONE_ROW_CONTENT = ["title", "code", "baselineDate", "forecastDate"] as const;
const ROW_KEY = /^(milestones|partners)\.(\d{1,3})\.([A-Za-z]+)$/;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The new-initiative form names the inputs of its rows by their place: milestones.2.baselineDate,
 * partners.0.role. They become rows here, an empty row null (kept in its place), so that an
 * error's path names the input the user sees. A row's isPublic is a checkbox: checked sends "on",
 * unchecked nothing, which means "not public". Callers that send `milestones` / `partners` as
 * arrays of objects (isPublic left out means public) pass through unchanged.
 */
function firstStepRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const rest: Record<string, unknown> = {};
  const rows = { milestones: [] as Record<string, unknown>[], partners: [] as Record<string, unknown>[] };
  let fromForm = false;
  for (const [key, value] of Object.entries(raw)) {
    const m = ROW_KEY.exec(key);
    if (!m) {
      rest[key] = value;
      continue;
    }
    fromForm = true;
    const list = rows[m[1] as keyof typeof rows];
    (list[Number(m[2])] ??= {})[m[3]!] = value;
  }
  if (!fromForm) return raw;
  const milestones = Array.from(rows.milestones, (r) =>
    r && MILESTONE_ROW_CONTENT.some((k) => !blank(r[k])) ? { ...r, isPublic: r.isPublic === true || r.isPublic === "on" || r.isPublic === "true" } : null,
  );
  const partners = Array.from(rows.partners, (r) => (r && !blank(r.partnerId) ? r : null));
  return { ...rest, milestones: rest.milestones ?? milestones, partners: rest.partners ?? partners };
}

const firstMilestone = z.object({
  title: milestonePlanFields.title,
  code: milestoneCode.default(null),
  baselineDate: requiredDate,
  /** Left empty: the forecast starts at the baseline. */
  forecastDate: optionalMilestoneDate.default(null),
  weight: z.preprocess((v) => (blank(v) ? undefined : v), milestonePlanFields.weight.default(1)),
  isPublic: milestonePlanFields.isPublic,
});

const firstPartner = z.object({ partnerId: chosenId, role: z.enum(PartnerRole) });

/**
 * Rows that would name the same thing twice are refused on the later row: two milestones with the
 * same code, or without a code and with the same title (the import tells milestones apart the same
 * way, by code, else by title); the same partner in the same role.
 */
function requireDistinctRows(
  v: { milestones?: (z.infer<typeof firstMilestone> | null)[]; partners?: (z.infer<typeof firstPartner> | null)[] },
  ctx: z.RefinementCtx,
) {
  // Refinements also run when other fields have issues: a row's values may be missing or malformed here.
  const text = (x: unknown) => (typeof x === "string" ? x.toLowerCase() : "");
  const seen = new Set<string>();
  (v.milestones ?? []).forEach((m, i) => {
    if (!m) return;
    const field = text(m.code) ? "code" : "title";
    const key = `${field}:${text(m[field])}`;
    if (!text(m[field])) return;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["milestones", i, field], message: "#initiatives.errors.milestoneDuplicate" });
    seen.add(key);
  });
  const links = new Set<string>();
  (v.partners ?? []).forEach((p, i) => {
    if (!p) return;
    const key = `${p.partnerId}/${p.role}`;
    if (links.has(key)) ctx.addIssue({ code: "custom", path: ["partners", i, "role"], message: "#initiatives.errors.partnerDuplicate" });
    links.add(key);
  });
}

export const createInitiativeInput = z.preprocess(
  firstStepRows,
  z
    .object({
      ...masterDataFields,
      ...statusFields,
      visibility: z.enum(Visibility).default("INTERNAL"),
      // The first steps, set in the same form and the same transaction.
      leadUserIds: idList,
      partners: z.array(firstPartner.nullable()).max(MAX_FIRST_PARTNERS).default([]),
      milestones: z.array(firstMilestone.nullable()).max(MAX_FIRST_MILESTONES).default([]),
    })
    .superRefine(requireHealthReason)
    .superRefine(requireOrderedDates)
    .superRefine(requireDistinctRows),
);

/**
 * The whole record, replaced as sent (an omitted summary, date or district list is cleared, as an
 * empty form field would). Status, health and visibility are optional: the grouped forms change them separately.
 */
export const updateInitiativeInput = z
  .object({
    id,
    version,
    ...masterDataFields,
    plainLanguageSummary: optionalText(5000),
    titleEn: optionalEnglishText(200),
    summaryEn: optionalEnglishText(1000),
    descriptionEn: optionalEnglishText(20_000),
    plainLanguageSummaryEn: optionalEnglishText(5000),
    actualStart: optionalDate,
    actualEnd: optionalDate,
    status: statusFields.status.optional(),
    health: statusFields.health.optional(),
    healthReason: z.preprocess(emptyToNull, z.string().trim().max(2000).nullable().optional()),
    visibility: z.enum(Visibility).optional(),
  })
  .superRefine(requireHealthReason)
  .superRefine(requireOrderedDates);

export const setInitiativeStatusInput = z.object({ id, version, ...statusFields }).superRefine(requireHealthReason);
export const setInitiativeVisibilityInput = z.object({ id, version, visibility: z.enum(Visibility) });
export const archiveInitiativeInput = z.object({ id, version });
/** "Merged into" / "superseded by" another initiative (by its code); an empty kind clears it. */
export const setSuccessorInput = z
  .object({
    id,
    version,
    kind: z.preprocess(emptyToNull, z.enum(SuccessionKind).nullable().default(null)),
    successorCode: z.string().trim().max(40).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.kind && !v.successorCode) ctx.addIssue({ code: "custom", path: ["successorCode"], message: "#validation.required" });
  });

export const initiativeLeadInput = z.object({ initiativeId: id, userId: chosenId });
/** A deputy or editor: assigning one, or giving a member another role. */
export const initiativeMemberInput = z.object({ initiativeId: id, userId: chosenId, role: z.enum(InitiativeMemberRole) });
export const contributingDepartmentInput = z.object({ initiativeId: id, departmentId: chosenId });

const committedAmount = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
    const parsed = typeof v === "string" ? parseMoney(v) : null;
    if (parsed === undefined) ctx.addIssue({ code: "custom", message: "#initiatives.errors.amountFormat" });
    return parsed ?? null;
  }),
);

const partnerLinkFields = {
  role: z.enum(PartnerRole),
  contribution: z.string().trim().max(2000).default(""),
  committedAmount,
};

export const addInitiativePartnerInput = z.object({ initiativeId: id, partnerId: chosenId, ...partnerLinkFields });
export const updateInitiativePartnerInput = z.object({ id, version, ...partnerLinkFields });
export const removeInitiativePartnerInput = z.object({ id, version });

export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;
