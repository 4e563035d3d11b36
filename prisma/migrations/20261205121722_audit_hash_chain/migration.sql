-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "chain_seq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prev_hash" TEXT;

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "last_hash" TEXT NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_chain_seq_key" ON "audit_events"("chain_seq");

-- The hash chain over audit events (issue 14): every new event gets the next position, the previous
-- event's hash and its own SHA-256 over its fields, set by the database, whatever code inserts it.
-- The head row is locked per insert, so concurrent transactions chain in one order.
INSERT INTO "audit_chain_head" ("id", "last_seq", "last_hash") VALUES (1, 0, repeat('0', 64));

-- Unambiguous text of an event: each field quoted (NULL stays NULL), separated by a unit separator.
CREATE FUNCTION audit_event_digest(e "audit_events") RETURNS text LANGUAGE sql IMMUTABLE SET search_path = public AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    e.chain_seq::text,
    e.prev_hash,
    e.id::text,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
    quote_nullable(e.actor_id::text),
    quote_nullable(e.actor_label),
    quote_nullable(e.action),
    quote_nullable(e.entity_type),
    quote_nullable(e.entity_id),
    quote_nullable(e.initiative_id::text),
    quote_nullable(e.before::text),
    quote_nullable(e.after::text),
    quote_nullable(e.request_id)
  ), 'UTF8')), 'hex')
$$;

-- SECURITY DEFINER: runs with the rights of the migrations' owner, so the app's database role
-- needs no right on audit_chain_head and cannot rewind it (docs/database-roles.md).
-- The head row is locked (FOR UPDATE) at a transaction's first event and held until it ends; the
-- transaction's later events chain on from transaction-local settings, and the head row is written
-- once, at commit, by the deferred trigger below (updating one row per event would leave a chain of
-- row versions that every later event in the same transaction walks: quadratic for an import).
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head "audit_chain_head";
  seq bigint;
  prev text;
BEGIN
  -- The column keeps milliseconds; hash what is stored.
  NEW.at := date_trunc('milliseconds', NEW.at);
  IF current_setting('mm.audit_chain_tx', true) IS DISTINCT FROM txid_current()::text THEN
    SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
    seq := head.last_seq;
    prev := head.last_hash;
    PERFORM set_config('mm.audit_chain_tx', txid_current()::text, true);
  ELSE
    seq := current_setting('mm.audit_chain_seq')::bigint;
    prev := current_setting('mm.audit_chain_hash');
  END IF;
  NEW.chain_seq := seq + 1;
  NEW.prev_hash := prev;
  NEW.hash := audit_event_digest(NEW);
  PERFORM set_config('mm.audit_chain_seq', NEW.chain_seq::text, true);
  PERFORM set_config('mm.audit_chain_hash', NEW.hash, true);
  RETURN NEW;
END;
$$;

-- At commit: the transaction's last event moves the head (one write per transaction).
CREATE FUNCTION audit_events_chain_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.chain_seq = NULLIF(current_setting('mm.audit_chain_seq', true), '')::bigint THEN
    UPDATE "audit_chain_head" SET "last_seq" = NEW.chain_seq, "last_hash" = NEW.hash WHERE "id" = 1;
  END IF;
  RETURN NULL;
END;
$$;

-- Events recorded before the chain existed are chained once, in id order.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_delete";
DO $$
DECLARE
  e "audit_events";
  seq bigint := 0;
  prev text := repeat('0', 64);
BEGIN
  FOR e IN SELECT * FROM "audit_events" ORDER BY "id" LOOP
    seq := seq + 1;
    e.chain_seq := seq;
    e.prev_hash := prev;
    e.hash := audit_event_digest(e);
    UPDATE "audit_events" SET "chain_seq" = e.chain_seq, "prev_hash" = e.prev_hash, "hash" = e.hash WHERE "id" = e.id;
    prev := e.hash;
  END LOOP;
  UPDATE "audit_chain_head" SET "last_seq" = seq, "last_hash" = prev WHERE "id" = 1;
END;
$$;
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_delete";

CREATE TRIGGER audit_events_chain BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

CREATE CONSTRAINT TRIGGER audit_events_chain_head AFTER INSERT ON "audit_events"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain_head();
