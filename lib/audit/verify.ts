// Checks the audit log's hash chain (set by the database trigger `audit_events_chain`, see the
// migration audit_hash_chain): walks the events in chain order and recomputes each hash here, in
// Node, from the stored fields — not with the database's own function, which whoever tampered with
// the rows could have replaced too. Reports the first broken link: an event changed (hash differs),
// removed (a gap in the positions or a prevHash that does not match), inserted with the trigger
// disabled (no position), or the tail cut off (the head row names a later event).
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

export const GENESIS_HASH = "0".repeat(64);
const BATCH = 5000;

type Row = {
  chain_seq: bigint;
  id: bigint;
  prev_hash: string | null;
  hash: string | null;
  at: string;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  initiative_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
};

export type ChainBreak = { position: string; eventId: string | null; problem: "changed" | "missing" | "unchained" | "truncated" };
export type VerifyResult = { ok: boolean; checked: number; head: { seq: string; hash: string }; firstBreak: ChainBreak | null };

/** PostgreSQL's quote_nullable(text): NULL, or a literal with quotes doubled (E'' when it holds backslashes). */
export function quoteNullable(value: string | null): string {
  if (value === null) return "NULL";
  const body = value.replace(/'/g, "''");
  return value.includes("\\") ? `E'${body.replace(/\\/g, "\\\\")}'` : `'${body}'`;
}

/** The same text and SHA-256 as the database function audit_event_digest. */
export function eventHash(r: Omit<Row, "hash">): string {
  const text = [
    r.chain_seq.toString(),
    r.prev_hash,
    r.id.toString(),
    r.at,
    quoteNullable(r.actor_id),
    quoteNullable(r.actor_label),
    quoteNullable(r.action),
    quoteNullable(r.entity_type),
    quoteNullable(r.entity_id),
    quoteNullable(r.initiative_id),
    quoteNullable(r.before),
    quoteNullable(r.after),
    quoteNullable(r.request_id),
  ]
    .filter((v) => v !== null)
    .join("\u001f");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  const [head] = await db.$queryRaw<{ last_seq: bigint; last_hash: string }[]>`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`;
  const headInfo = { seq: String(head?.last_seq ?? 0n), hash: head?.last_hash ?? GENESIS_HASH };
  const fail = (checked: number, b: ChainBreak): VerifyResult => ({ ok: false, checked, head: headInfo, firstBreak: b });

  const [unchained] = await db.$queryRaw<{ id: bigint }[]>`SELECT id FROM audit_events WHERE chain_seq IS NULL ORDER BY id LIMIT 1`;
  let expectedSeq = 1n;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT chain_seq, id, prev_hash, hash,
             to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at,
             actor_id::text AS actor_id, actor_label, action, entity_type, entity_id, initiative_id::text AS initiative_id,
             before::text AS before, after::text AS after, request_id
      FROM audit_events WHERE chain_seq >= ${expectedSeq} ORDER BY chain_seq LIMIT ${BATCH}`;
    for (const r of rows) {
      const position = String(expectedSeq);
      if (r.chain_seq !== expectedSeq || r.prev_hash !== prev) return fail(checked, { position, eventId: String(r.id), problem: "missing" });
      if (eventHash(r) !== r.hash) return fail(checked, { position, eventId: String(r.id), problem: "changed" });
      prev = r.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const lastSeq = expectedSeq - 1n;
  if (head && (head.last_seq !== lastSeq || head.last_hash !== prev)) {
    return fail(checked, { position: String(lastSeq + 1n), eventId: null, problem: head.last_seq > lastSeq ? "truncated" : "changed" });
  }
  if (unchained) return fail(checked, { position: "-", eventId: String(unchained.id), problem: "unchained" });
  return { ok: true, checked, head: headInfo, firstBreak: null };
}
