// Reads of the audit log (admins only): newest first, filtered, 50 per page with a keyset cursor
// on the id. Filters arrive as GET parameters; each one is validated on its own and an invalid one
// is dropped (and reported) instead of failing the page. There is no mutation: the log is append-only.
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_TIME_ZONE = "Europe/Berlin";

const FILTER_SCHEMAS = {
  actor: z.uuid(),
  // Letters, digits, dots and dashes only: no LIKE wildcards reach the prefix match.
  action: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9.-]+$/),
  entityType: z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9_]+$/),
  entityId: z.string().trim().min(1).max(100),
  from: z.iso.date(),
  to: z.iso.date(),
  cursor: z.string().regex(/^[1-9]\d{0,17}$/),
} as const;

export type AuditFilterName = keyof typeof FILTER_SCHEMAS;
export type AuditFilters = Partial<Record<AuditFilterName, string>>;
export const AUDIT_FILTER_NAMES = Object.keys(FILTER_SCHEMAS) as AuditFilterName[];

/** Validated filters from search parameters; empty ones are absent, invalid ones listed in `invalid`. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): { filters: AuditFilters; invalid: AuditFilterName[] } {
  const filters: AuditFilters = {};
  const invalid: AuditFilterName[] = [];
  for (const name of AUDIT_FILTER_NAMES) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const parsed = FILTER_SCHEMAS[name].safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else invalid.push(name);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.to;
    invalid.push("to");
  }
  return { filters, invalid };
}

/** The instant a calendar day (YYYY-MM-DD, plus `addDays`) begins in the given time zone. */
export function startOfDay(date: string, addDays = 0, timeZone = AUDIT_TIME_ZONE): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d + addDays);
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const offsetAt = (t: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - t;
  };
  // Twice, so a day that starts next to a daylight-saving switch still lands on its local midnight.
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

function whereFor(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = startOfDay(filters.from);
  if (filters.to) at.lt = startOfDay(filters.to, 1);
  return {
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from || filters.to ? { at } : {}),
    ...(filters.cursor ? { id: { lt: BigInt(filters.cursor) } } : {}),
  };
}

export async function listAuditEvents(db: Db, viewer: Actor | null | undefined, filters: AuditFilters = {}) {
  assertCan(viewer, "audit.read");
  const rows = await db.auditEvent.findMany({
    where: whereFor(filters),
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      initiativeId: true,
      before: true,
      after: true,
      requestId: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    events: page.map((e) => ({ ...e, id: e.id.toString() })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** Choices for the filter form: users (as actors) and the entity types that occur in the log. */
export async function listAuditFilterOptions(db: Db, viewer: Actor | null | undefined) {
  assertCan(viewer, "audit.read");
  const [actors, types] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actors, entityTypes: types.map((t) => t.entityType) };
}
