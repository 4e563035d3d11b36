// Turns audit events into what people read: "Prognose: 30.06.2026 → 30.09.2026" instead of
// before/after JSON. Pure: the labels come from the message catalogue handed in, the names of
// referenced rows from one batched lookup per page (see names.ts), so the same event reads the
// same in the initiative's history, the admin audit log and the tests. Raw ids never reach the
// output: an id whose row is gone reads as "unknown".

export type AuditEventLike = {
  action: string;
  entityType: string;
  entityId: string | null;
  initiativeId?: string | null;
  before: unknown;
  after: unknown;
};

/** The kinds of rows audit payloads refer to by id. */
export const REFERENCE_KINDS = [
  "users",
  "initiatives",
  "departments",
  "fieldsOfAction",
  "districts",
  "partners",
  "fundingProgrammes",
  "milestones",
  "kpis",
  "risks",
  "statusReports",
  "budgetLines",
  "masterplans",
  "tokens",
  "kpiMeasurements",
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
/** id → display name, per kind. Budget lines are named "2026 · CITY" and their source is translated here. */
export type ReferenceNames = Partial<Record<ReferenceKind, Map<string, string>>>;
export type ReferenceIds = Record<ReferenceKind, Set<string>>;

export type Change = { key: string; label: string; from: string | null; to: string | null };
export type DescribeContext = { locale: string; messages: Messages; names: ReferenceNames };
type Messages = Record<string, unknown>;

/** Payload keys holding the id of another row. */
const REFERENCE_KEYS: Record<string, ReferenceKind> = {
  userId: "users",
  ownerId: "users",
  actorId: "users",
  authorId: "users",
  submittedById: "users",
  reviewedById: "users",
  recordedById: "users",
  reportedById: "users",
  createdById: "users",
  initiativeId: "initiatives",
  departmentId: "departments",
  fieldOfActionId: "fieldsOfAction",
  districtId: "districts",
  districtIds: "districts",
  partnerId: "partners",
  responsiblePartnerId: "partners",
  programmeId: "fundingProgrammes",
  milestoneId: "milestones",
  kpiId: "kpis",
  riskId: "risks",
  statusReportId: "statusReports",
  masterplanId: "masterplans",
  tokenId: "tokens",
};

/** Which kind of row an event's entityId points at. */
const ENTITY_KINDS: Record<string, ReferenceKind> = {
  User: "users",
  Initiative: "initiatives",
  Department: "departments",
  FieldOfAction: "fieldsOfAction",
  District: "districts",
  Partner: "partners",
  FundingProgramme: "fundingProgrammes",
  Milestone: "milestones",
  Kpi: "kpis",
  Risk: "risks",
  StatusReport: "statusReports",
  BudgetLine: "budgetLines",
  Masterplan: "masterplans",
  ApiToken: "tokens",
  KpiMeasurement: "kpiMeasurements",
};

/** Technical keys nobody needs to read: concurrency counters, timestamps of the row itself, secrets. */
const OMITTED = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "sessionVersion",
  "passwordHash",
  "password",
  "tokenHash",
  "token",
  "secret",
  "mfaSecret",
  "mfaLastStep",
  "forecastEntryId",
  "chainSeq",
  "hash",
  "prevHash",
]);

/** Enum-valued keys → where their labels live in the catalogue; per entity type where one key means different enums. */
const ENUM_PATHS: Record<string, string> = {
  status: "status",
  "Risk.status": "risks.status",
  health: "health",
  visibility: "visibility",
  role: "role",
  "InitiativePartner.role": "partnerRole",
  state: "reportState",
  kind: "partners.kinds",
  fundingSource: "budget.source",
  "FundingProgramme.level": "budget.source",
  valueType: "kpis.valueType",
  direction: "kpis.direction",
  frequency: "kpis.frequency",
  scopes: "tokens.scope",
};

const MONEY_KEYS = new Set(["planned", "actual", "committedAmount", "amount"]);
const NUMBER_KEYS = new Set(["baselineValue", "targetValue", "value", "latestValue", "fundingRate"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_TEXT = 280;
const TIME_ZONE = "Europe/Berlin";

function lookup(messages: Messages, path: string): string | undefined {
  let node: unknown = messages;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** "responsiblePartnerId" → "Responsible partner": the last resort for a key the catalogue lacks. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/Ids?$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

export function fieldLabel(messages: Messages, entityType: string, key: string): string {
  return lookup(messages, `audit.fields.${entityType}.${key}`) ?? lookup(messages, `audit.fields.common.${key}`) ?? humanizeKey(key);
}

/** The action's label from the catalogue ("milestone.moveForecast" → "Prognose verschoben"), else the key itself. */
export function actionLabel(messages: Messages, action: string): string {
  return lookup(messages, `audit.actions.${action}`) ?? action;
}

export function entityTypeLabel(messages: Messages, entityType: string): string {
  return lookup(messages, `audit.entityTypes.${entityType}`) ?? humanizeKey(entityType);
}

export function formatDay(locale: string, iso: string): string {
  const [, y, m, d] = DAY.exec(iso)!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(date);
}

function formatInstant(locale: string, iso: string): string {
  // Calendar dates stored in DATE columns come back as midnight UTC: they are days, not instants.
  if (/T00:00:00(\.0+)?Z$/.test(iso)) return formatDay(locale, iso.slice(0, 10));
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: TIME_ZONE }).format(new Date(iso));
}

function formatNumber(locale: string, value: unknown, money: boolean): string | null {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(n)) return null;
  return new Intl.NumberFormat(locale, money ? { style: "currency", currency: "EUR" } : { maximumFractionDigits: 4 }).format(n);
}

function unknownRef(ctx: DescribeContext): string {
  return lookup(ctx.messages, "audit.unknownReference") ?? "?";
}

function budgetLineName(ctx: DescribeContext, raw: string): string {
  // Budget lines have no name; their year and funding source name them ("2026 · CITY").
  const [year, source] = raw.split(" · ");
  const label = source ? (lookup(ctx.messages, `budget.source.${source}`) ?? source) : "";
  return label ? `${year} · ${label}` : (year ?? raw);
}

export function referenceName(ctx: DescribeContext, kind: ReferenceKind, id: string): string {
  const name = ctx.names[kind]?.get(id);
  if (name === undefined) return unknownRef(ctx);
  return kind === "budgetLines" ? budgetLineName(ctx, name) : name;
}

/** One value as text, or null for "nothing" (shown as a dash). */
export function formatValue(ctx: DescribeContext, entityType: string, key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => formatValue(ctx, entityType, key, v)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(", ") : null;
  }
  if (typeof value === "boolean") return lookup(ctx.messages, value ? "audit.yes" : "audit.no") ?? String(value);
  const ref = REFERENCE_KEYS[key];
  if (ref && typeof value === "string") return referenceName(ctx, ref, value);
  const enumPath = ENUM_PATHS[`${entityType}.${key}`] ?? ENUM_PATHS[key];
  if (enumPath && typeof value === "string") return lookup(ctx.messages, `${enumPath}.${value}`) ?? value;
  if (MONEY_KEYS.has(key) || NUMBER_KEYS.has(key)) return formatNumber(ctx.locale, value, MONEY_KEYS.has(key)) ?? String(value);
  if (typeof value === "number") return formatNumber(ctx.locale, value, false);
  if (isRecord(value)) {
    const named = value.title ?? value.name;
    return typeof named === "string" ? named : null;
  }
  const text = String(value);
  if (DAY.test(text)) return formatDay(ctx.locale, text);
  if (INSTANT.test(text)) return formatInstant(ctx.locale, text);
  if (UUID.test(text)) return unknownRef(ctx);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** What changed: every readable key whose value differs between before and after (all keys for a creation or deletion). */
export function describeChanges(event: AuditEventLike, ctx: DescribeContext): Change[] {
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: Change[] = [];
  for (const key of keys) {
    if (OMITTED.has(key) || key.startsWith("_")) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const from = formatValue(ctx, event.entityType, key, before[key]);
    const to = formatValue(ctx, event.entityType, key, after[key]);
    if (from === to) continue;
    changes.push({ key, label: fieldLabel(ctx.messages, event.entityType, key), from, to });
  }
  return changes;
}

function snapshotName(event: AuditEventLike): string | null {
  for (const snap of [event.after, event.before]) {
    if (!isRecord(snap)) continue;
    for (const key of ["title", "name", "period"]) {
      const v = snap[key];
      if (typeof v === "string" && v && !UUID.test(v)) return v;
    }
  }
  return null;
}

/** The object an event is about, as people name it: "Vorhaben · VER-01 Ladeinfrastruktur". */
export function describeEntity(event: AuditEventLike, ctx: DescribeContext): { type: string; name: string | null } {
  const type = entityTypeLabel(ctx.messages, event.entityType);
  const kind = ENTITY_KINDS[event.entityType];
  const known = kind && event.entityId ? ctx.names[kind]?.get(event.entityId) : undefined;
  if (known !== undefined) return { type, name: kind === "budgetLines" ? budgetLineName(ctx, known) : known };
  // Deleted rows are gone from the lookup, but their snapshot still carries a title.
  const fromSnapshot = snapshotName(event);
  if (fromSnapshot) return { type, name: fromSnapshot };
  // Links (leads, partners, follows) name the person or partner they link.
  for (const snap of [event.after, event.before]) {
    if (!isRecord(snap)) continue;
    for (const key of ["userId", "partnerId", "kpiId"]) {
      if (typeof snap[key] === "string") return { type, name: referenceName(ctx, REFERENCE_KEYS[key]!, snap[key]) };
    }
  }
  if (event.entityId && !UUID.test(event.entityId)) return { type, name: event.entityId };
  // Only a kind we look up can be "gone"; others (comments, follows) are named by their type alone.
  return { type, name: event.entityId && kind ? unknownRef(ctx) : null };
}

function emptyIds(): ReferenceIds {
  return Object.fromEntries(REFERENCE_KINDS.map((k) => [k, new Set<string>()])) as ReferenceIds;
}

/** Every id the events refer to, by kind, for one batched lookup. Only UUIDs: anything else is no row id. */
export function collectReferenceIds(events: (AuditEventLike & { initiativeId?: string | null })[]): ReferenceIds {
  const ids = emptyIds();
  const add = (kind: ReferenceKind, v: unknown) => {
    if (typeof v === "string" && UUID.test(v)) ids[kind].add(v);
  };
  for (const e of events) {
    const kind = ENTITY_KINDS[e.entityType];
    if (kind) add(kind, e.entityId);
    if (e.initiativeId) add("initiatives", e.initiativeId);
    for (const snap of [e.before, e.after]) {
      if (!isRecord(snap)) continue;
      for (const [key, value] of Object.entries(snap)) {
        const ref = REFERENCE_KEYS[key];
        if (!ref) continue;
        if (Array.isArray(value)) value.forEach((v) => add(ref, v));
        else add(ref, value);
      }
    }
  }
  return ids;
}
