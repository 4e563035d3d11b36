// The newcomer's server (e2e/newcomer.spec.ts): a second production server on an empty PostgreSQL
// database, prepared by scripts/e2e-prepare-newcomer.ts. Shared by the config, the script and the spec.
export const NEWCOMER_PORT = Number(process.env.E2E_NEWCOMER_PORT ?? 3102);
export const NEWCOMER_URL = `http://127.0.0.1:${NEWCOMER_PORT}`;
/** The database is dropped and created anew before each run; its name must start with mm_e2e_. */
export const NEWCOMER_DATABASE_URL = process.env.E2E_NEWCOMER_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/mm_e2e_newcomer";
export const NEWCOMER_ADMIN = { email: "digitalisierung@neustadt.example", password: "Neustadt-Start-2026!", name: "Digitalbüro Neustadt" };
