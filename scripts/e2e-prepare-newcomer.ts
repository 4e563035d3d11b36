// Prepares the newcomer's server for e2e/newcomer.spec.ts: a new city on production settings.
// An EMPTY PostgreSQL database (dropped and created anew), the migrations, and the first admin made
// by `npm run user:create` itself (password on stdin) — nothing else, no demo data. The spec then
// sets the plan up in the UI and imports its workbook, the path a real city takes.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { NEWCOMER_ADMIN } from "../e2e/newcomer-env";
import { runCli } from "../lib/cli";

runCli("e2e:prepare-newcomer", async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the newcomer's PostgreSQL database");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^mm_e2e_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate ${name}: the newcomer database is named mm_e2e_*`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const tsx = ["node_modules/tsx/dist/cli.mjs"];
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [...tsx, ...args], { input, stdio: [input === undefined ? "inherit" : "pipe", "inherit", "inherit"], env: process.env });
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited with ${r.status}`);
  };
  run(["scripts/db-migrate.ts"]);
  run(["scripts/user-create.ts", "--role", "admin", "--email", NEWCOMER_ADMIN.email, "--name", NEWCOMER_ADMIN.name], `${NEWCOMER_ADMIN.password}\n`);
  console.log(`e2e: newcomer database ${name} is empty but for its first admin`);
});
