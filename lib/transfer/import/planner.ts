// The import's working memory while a file is planned: the database state indexed by the keys the
// workbook uses (extended by what earlier rows of the same file create), the writes collected for
// the apply step, and the helpers every sheet's planner shares (reading a row, comparing a cell
// with the stored value, the per-row result). Nothing here touches the database.
import { v7 as uuidv7 } from "uuid";
import type { Actor } from "@/lib/authz/policy";
import { can } from "@/lib/authz/policy";
import { parseCell, type CellValue, type TransferProblem } from "../cells";
import { sheetSpec, type EntityKey, type SheetSpec } from "../columns";
import type { ReadRow, ReadSheet } from "../read";
import type { ImportState } from "./state";
import type { ImportRowResult } from "./types";

export const newId = () => uuidv7();

/** An audit row as written with createMany (see apply.ts). */
export type AuditRow = { action: string; entityType: string; entityId: string; initiativeId?: string | null; before?: unknown; after?: unknown };

type TableWrites = { create: Record<string, unknown>[]; update: { id: string; data: Record<string, unknown> }[] };
const table = (): TableWrites => ({ create: [], update: [] });

export function emptyWrites() {
  return {
    departments: table(),
    fields: table(),
    partners: table(),
    districts: table(),
    initiatives: table(),
    leads: { create: [] as { initiativeId: string; userId: string }[], remove: [] as { initiativeId: string; userId: string }[] },
    initiativePartners: { create: [] as Record<string, unknown>[], removeIds: [] as string[] },
    initiativeDistricts: { create: [] as { initiativeId: string; districtId: string }[], remove: [] as { initiativeId: string; districtId: string }[] },
    // A member whose role changes is removed and created again.
    members: { create: [] as { initiativeId: string; userId: string; role: MemberRole }[], remove: [] as { initiativeId: string; userId: string }[] },
    contributingDepartments: { create: [] as { initiativeId: string; departmentId: string }[], remove: [] as { initiativeId: string; departmentId: string }[] },
    milestones: table(),
    forecasts: [] as Record<string, unknown>[],
    kpis: table(),
    measurements: table(),
    fundingProgrammes: table(),
    budgetLines: table(),
    audits: [] as AuditRow[],
    /** PUBLISH_REVIEW: what the import keeps internal and asks to publish instead (in this order, after the writes). */
    publishRequests: [] as { kind: PublishKind; id: string }[],
  };
}
export type Writes = ReturnType<typeof emptyWrites>;
export type PublishKind = "INITIATIVE" | "MILESTONE" | "KPI" | "BUDGET_LINE";
export type MemberRole = "DEPUTY" | "EDITOR" | "PARTNER_CONTACT";

/**
 * Where an initiative stands for the rows after it: its id, department and the partners working on
 * it (after this file's row), for the milestones' and KPIs' responsible partner.
 */
export type InitiativeRef = { id: string; departmentId: string; code: string; partnerIds: string[] };

const lower = (s: string) => s.trim().toLowerCase();

export class Planner {
  readonly results: ImportRowResult[] = [];
  readonly writes = emptyWrites();
  readonly fieldsByCode = new Map<string, { id: string; archived: boolean }>();
  readonly departmentsByCode = new Map<string, string>();
  readonly partnersByName = new Map<string, string>();
  readonly districtsByCode = new Map<string, { id: string; archived: boolean }>();
  readonly usersByEmail = new Map<string, { id: string; role: string; active: boolean; partnerId: string | null }>();
  readonly initiativesByCode = new Map<string, InitiativeRef>();
  readonly slugs: { fields: Set<string>; partners: Set<string>; districts: Set<string>; initiatives: Set<string> };
  readonly isAdmin: boolean;
  /**
   * The initiatives citizens will see once the file is written (public and not archived, as the
   * file leaves them): a milestone or KPI flagged public only shows on these, so only there is its
   * flag a publication (as partBecomesVisible in lib/publish/gate.ts decides for the app's forms).
   */
  readonly publicInitiatives: Set<string>;
  /** PUBLISH_REVIEW: the pending publication requests, as kind|target|version of the target asked about. */
  private readonly pendingPublications: Set<string>;

  constructor(
    readonly state: ImportState,
    readonly actor: Actor,
    readonly fileName: string,
    /** PUBLISH_REVIEW: making something public becomes a publication request instead. */
    readonly publishReview = false,
  ) {
    this.isAdmin = can(actor, "structure.manage");
    this.publicInitiatives = new Set(state.initiatives.filter((i) => i.visibility === "PUBLIC" && !i.archivedAt).map((i) => i.id));
    this.pendingPublications = new Set(state.pendingPublications.map((r) => `${r.targetKind}|${r.targetId}|${r.targetVersion}`));
    for (const f of state.fields) this.fieldsByCode.set(f.code, { id: f.id, archived: !!f.archivedAt });
    for (const d of state.departments) this.departmentsByCode.set(d.code, d.id);
    for (const p of state.partners) this.partnersByName.set(lower(p.name), p.id);
    for (const d of state.districts) this.districtsByCode.set(d.code, { id: d.id, archived: !!d.archivedAt });
    for (const u of state.users) this.usersByEmail.set(lower(u.email), { id: u.id, role: u.role, active: u.active, partnerId: u.partnerId });
    for (const i of state.initiatives) this.initiativesByCode.set(i.code, { id: i.id, departmentId: i.departmentId, code: i.code, partnerIds: i.partners.map((l) => l.partnerId) });
    this.slugs = {
      fields: new Set(state.fields.map((f) => f.slug)),
      partners: new Set(state.partners.map((p) => p.slug)),
      districts: new Set(state.districts.map((d) => d.slug)),
      initiatives: new Set(state.initiatives.map((i) => i.slug)),
    };
  }

  partnerId(name: string): string | undefined {
    return this.partnersByName.get(lower(name));
  }

  user(email: string) {
    return this.usersByEmail.get(lower(email));
  }

  /** Whether flagging a milestone or KPI of this initiative (null: of the plan) public shows it to citizens. */
  partShows(initiativeId: string | null | undefined): boolean {
    return initiativeId === null || (!!initiativeId && this.publicInitiatives.has(initiativeId));
  }

  /**
   * PUBLISH_REVIEW: the row just recorded keeps its target internal and asks for publication instead;
   * its result says so. Nothing is asked for a row with an error (nothing of the file is written then).
   */
  askToPublish(kind: PublishKind, id: string) {
    const last = this.results[this.results.length - 1];
    if (!last || last.outcome === "error") return;
    last.publishRequested = true;
    this.writes.publishRequests.push({ kind, id });
  }

  /**
   * PUBLISH_REVIEW, for a row whose publication `diff` holds back (column `key`): whether to ask.
   * Not when the same question is open already — a pending request for the target as it stands
   * (its current version) — and the row changes nothing else: the file then says what the database
   * and the open request say, so the column counts as unchanged. Otherwise a second import of the
   * same file would report every such row as changed and withdraw the reviewers' open requests only
   * to ask them again. A row that changes more asks again (the older request is superseded).
   */
  stillToAsk(kind: PublishKind, target: { id: string; version: number }, diff: Diff, key: string, otherChanges = 0): boolean {
    if (Object.keys(diff.data).length > 0 || otherChanges > 0) return true;
    if (!this.pendingPublications.has(`${kind}|${target.id}|${target.version}`)) return true;
    diff.unchanged(key);
    return false;
  }

  /** May the actor import rows of an initiative in this department? */
  mayImportFor(departmentId: string | null | undefined): boolean {
    return !!departmentId && can(this.actor, "transfer.import", { departmentId });
  }
}

/** A row's cells parsed by their column types; `present` lists the columns the sheet has. */
export type ParsedRow = {
  values: Record<string, CellValue>;
  present: Set<string>;
  problems: TransferProblem[];
  place: { sheet: string; row: number };
  spec: SheetSpec;
};

export function parseRow(entity: EntityKey, sheet: ReadSheet, row: ReadRow): ParsedRow {
  const spec = sheetSpec(entity);
  const place = { sheet: sheet.name, row: row.rowNumber };
  const values: Record<string, CellValue> = {};
  const problems: TransferProblem[] = [];
  const present = new Set(sheet.columns);
  for (const column of spec.columns) {
    if (!present.has(column.key)) continue;
    const r = parseCell(column, row.cells[column.key], place);
    if (r.ok) values[column.key] = r.value;
    else problems.push(r.problem);
  }
  return { values, present, problems, place, spec };
}

/** A problem tied to one cell of the row. */
export function cellProblem(row: ParsedRow, columnKey: string, key: string, params?: Record<string, string | number>): TransferProblem {
  const column = row.spec.columns.find((c) => c.key === columnKey);
  return { key, params, sheet: row.place.sheet, row: row.place.row, column: column?.header ?? columnKey };
}

/** "12, 31, 62 …": the existing values an unknown reference could have meant, at most ten. */
export function listOf(values: Iterable<string>): string {
  const all = [...values].sort((a, b) => a.localeCompare(b, "de"));
  if (all.length === 0) return "–";
  return all.length > 10 ? `${all.slice(0, 10).join(", ")} …` : all.join(", ");
}

/** Comparable text of a stored or parsed value: null and "" alike, dates as days, lists order-free. */
export function comparable(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(comparable).sort().join("\u0000");
  if (typeof v === "object" && typeof (v as { toFixed?: unknown }).toFixed === "function") return canonicalDecimal(String(v));
  return String(v);
}

/** A decimal's canonical text, as cells.ts writes parsed decimals ("125000", "0.5"). */
export function canonicalDecimal(s: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(s)) return s;
  const [i, f = ""] = s.split(".");
  const frac = f.replace(/0+$/, "");
  const out = frac ? `${i}.${frac}` : i!;
  return out === "-0" ? "0" : out;
}

/**
 * Collects an update: for each present column whose file value differs from the stored one, the
 * column's header goes to `changed` and `data[field] = toDb(value)`.
 */
export class Diff {
  readonly changed: string[] = [];
  readonly data: Record<string, unknown> = {};
  readonly before: Record<string, unknown> = {};
  readonly after: Record<string, unknown> = {};
  constructor(private readonly row: ParsedRow) {}

  /** Compares column `key` (if present) with `stored`; `field` and `toDb` say where and how it is stored. */
  check(key: string, stored: unknown, opts: { field?: string; toDb?: (v: CellValue) => unknown; compare?: (v: CellValue) => string } = {}) {
    if (!this.row.present.has(key) || !(key in this.row.values)) return;
    const value = this.row.values[key]!;
    const fileText = opts.compare ? opts.compare(value) : comparable(value);
    if (fileText === comparable(stored)) return;
    const field = opts.field ?? key;
    this.changed.push(this.row.spec.columns.find((c) => c.key === key)!.header);
    this.data[field] = opts.toDb ? opts.toDb(value) : value;
    this.before[field] = stored;
    this.after[field] = this.data[field];
  }

  get isEmpty() {
    return this.changed.length === 0;
  }

  /** Takes column `key` off the changed columns: its difference is no change after all (see Planner.stillToAsk). */
  unchanged(key: string) {
    const header = this.row.spec.columns.find((c) => c.key === key)!.header;
    const i = this.changed.indexOf(header);
    if (i >= 0) this.changed.splice(i, 1);
  }

  /**
   * PUBLISH_REVIEW: takes `field`'s change out of what is written (the column stays listed as
   * changed: the row asks for it). True when the diff would have set `field` to `publicValue`.
   */
  holdBack(field: string, publicValue: unknown): boolean {
    if (!(field in this.data) || this.data[field] !== publicValue) return false;
    delete this.data[field];
    delete this.before[field];
    delete this.after[field];
    return true;
  }
}

export const day = (v: CellValue) => (v ? new Date(`${v as string}T00:00:00Z`) : null);
export const text = (v: CellValue) => (v === null ? "" : String(v));
export const nullableText = (v: CellValue) => (v === null || v === "" ? null : String(v));

/** Records the row's result; `error` wins when the row has problems. */
export function record(p: Planner, row: ParsedRow, entity: EntityKey, key: string, outcome: "create" | "update" | "unchanged", changed?: string[]) {
  if (row.problems.length) {
    p.results.push({ sheet: row.place.sheet, row: row.place.row, entity, key, outcome: "error", problems: row.problems });
    return false;
  }
  p.results.push({ sheet: row.place.sheet, row: row.place.row, entity, key, outcome, problems: [], ...(changed?.length ? { changed } : {}) });
  return true;
}

/** A new row: written as `data` and audited with it (`audit` names the action, entity type and initiative). */
export function planCreate(p: Planner, table: TableWrites, data: Record<string, unknown> & { id: string }, audit: Omit<AuditRow, "entityId" | "before" | "after">) {
  table.create.push(data);
  p.writes.audits.push({ ...audit, entityId: data.id, after: data });
}

/**
 * Records an existing row as unchanged or updated (see `record`); when it changes something, the
 * update (`data`, by default what the diff changed) is written and audited before/after. True when
 * an update was planned.
 */
export function planUpdate(
  p: Planner,
  row: ParsedRow,
  entity: EntityKey,
  key: string,
  diff: Diff,
  table: TableWrites,
  audit: Omit<AuditRow, "before" | "after">,
  data = diff.data,
): boolean {
  if (!record(p, row, entity, key, diff.isEmpty ? "unchanged" : "update", diff.changed) || diff.isEmpty) return false;
  // Only a publication held back for review (see holdBack): the row asks, nothing is written.
  if (Object.keys(data).length === 0) return false;
  table.update.push({ id: audit.entityId, data });
  p.writes.audits.push({ ...audit, before: diff.before, after: diff.after });
  return true;
}

/** Rows the actor may not change: structure sheets for department heads, other departments' initiatives. */
export function forbidUnlessUnchanged(row: ParsedRow, allowed: boolean, columnKey: string, changes: boolean) {
  if (!allowed && changes) row.problems.push(cellProblem(row, columnKey, "notAllowed"));
}

/** Tracks identities within one sheet, so a key given twice is an error on its second row. */
export class SeenKeys {
  private readonly seen = new Map<string, number>();
  /** `key` as the clerk wrote it; compared without regard to case. */
  check(row: ParsedRow, columnKey: string, key: string): boolean {
    const first = this.seen.get(key.toLowerCase());
    if (first !== undefined) {
      row.problems.push(cellProblem(row, columnKey, "duplicateKey", { value: key, row: first }));
      return false;
    }
    this.seen.set(key.toLowerCase(), row.place.row);
    return true;
  }
}
