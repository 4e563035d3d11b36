// Writes audit events. Called inside the transaction of the change it records, so a change
// and its audit event are committed together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The initiative this change belongs to, so it appears in that initiative's history. */
  initiativeId?: string | null;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = new Set(["passwordHash", "password", "tokenHash", "token", "secret"]);

/** Plain JSON for the audit columns: dates as ISO strings, decimals and bigints as strings, secrets dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (SECRET_KEYS.has(key)) return undefined;
      if (typeof v === "bigint") return v.toString();
      if (v && typeof v === "object" && typeof (v as { toFixed?: unknown }).toFixed === "function" && !(typeof v === "number")) {
        return String(v); // Prisma.Decimal
      }
      return v;
    }),
  );
}

export function actorFields(actor: Actor | null, fallbackLabel = "anonymous") {
  if (!actor) return { actorId: null, actorLabel: fallbackLabel };
  return { actorId: actor.id, actorLabel: actor.via === "token" ? `token:${actor.tokenId}` : null };
}

export async function recordAudit(tx: Tx, actor: Actor | null, event: AuditInput, requestId?: string) {
  await tx.auditEvent.create({
    data: {
      ...actorFields(actor),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      initiativeId: event.initiativeId ?? null,
      before: toAuditJson(event.before),
      after: toAuditJson(event.after),
      requestId: requestId ?? null,
    },
  });
}
