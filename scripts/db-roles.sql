-- Recommended PostgreSQL roles for Masterplan Monitor (docs/database-roles.md). Run as a
-- superuser in the app's database before the first migration and again after it (idempotent):  psql -d masterplan -v app_password="'…'" -v owner_password="'…'" -f scripts/db-roles.sql
--   mm_owner  owns the schema and runs the migrations (`DATABASE_URL=<mm_owner> npm run db:migrate`)
--   mm_app    what the app connects as: reads and writes rows, owns nothing, so it cannot alter
--             tables, disable the audit triggers or set session_replication_role; it cannot change
--             or delete audit events, nor touch the head of the audit hash chain.
\if :{?app_password}
\else
  \set app_password NULL
\endif
\if :{?owner_password}
\else
  \set owner_password NULL
\endif

SELECT 'CREATE ROLE mm_owner LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mm_owner') \gexec
SELECT 'CREATE ROLE mm_app LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mm_app') \gexec
ALTER ROLE mm_owner NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD :owner_password;
ALTER ROLE mm_app NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOINHERIT PASSWORD :app_password;

SELECT format('ALTER DATABASE %I OWNER TO mm_owner', current_database()) \gexec
ALTER SCHEMA public OWNER TO mm_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO mm_app;
-- The job queue (pg-boss) keeps its tables in its own schema, created by the app on first start.
SELECT format('GRANT CONNECT, CREATE ON DATABASE %I TO mm_app', current_database()) \gexec

-- Rows: what exists now and what later migrations create.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mm_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO mm_app;
ALTER DEFAULT PRIVILEGES FOR ROLE mm_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mm_app;
ALTER DEFAULT PRIVILEGES FOR ROLE mm_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mm_app;

-- Audit: append only, also for the app's own role; the chain head only through the trigger.
-- (The tables exist after the first migration: run this script again after `npm run db:migrate`.)
DO $$
BEGIN
  IF to_regclass('public.audit_events') IS NOT NULL THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM mm_app;
    REVOKE ALL ON audit_chain_head FROM mm_app;
    GRANT SELECT ON audit_chain_head TO mm_app;
    REVOKE ALL ON _prisma_migrations FROM mm_app;
    GRANT SELECT ON _prisma_migrations TO mm_app;
  END IF;
END;
$$;
