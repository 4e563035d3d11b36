// The import benchmark (issue 12): the large data set's whole-plan export (2,000 initiatives,
// 20,000 milestones …) as one workbook, imported three ways through the same action the upload page
// and `npm run import` use, each timed with the process's peak memory:
//   1. dry run into an empty database (only the masterplan, the partners and the people exist, as for
//      a new city that has created its users),
//   2. apply into that empty database,
//   3. dry run of the same file against the database it came from (everything "unchanged").
// Targets: dry run < 20 s, apply < 60 s, peak RSS < 1 GB. A measurement, not a test.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/authz/policy";
import type { PartnerKind } from "@/lib/generated/prisma/enums";
import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { adminQuery, databaseUrl, safeIdent } from "@/lib/db/testing";
import { masterplanRows } from "@/lib/transfer/export";
import { writeWorkbook } from "@/lib/transfer/workbook";
import type { BenchDatabase } from "./databases";

export const IMPORT_TARGETS = { dryRunMs: 20_000, applyMs: 60_000, rssBytes: 1024 ** 3 };

type Run = { label: string; ms: number; peakRss: number; summary: string; exitCode: number };

/**
 * Runs `npm run import` itself (the same action the upload page uses) in a child process, so the
 * peak memory measured is the import's alone: the child reports its maxRSS on exit.
 */
function runImport(url: string, actorEmail: string, file: string, dryRun: boolean, label: string): Run {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    // As package.json's "import" script runs it: a 768 MB heap, so V8 collects before memory grows past 1 GB.
    [`--max-old-space-size=${process.env.BENCH_IMPORT_HEAP_MB ?? 768}`, "--import", "tsx", "--require", path.join(process.cwd(), "bench", "max-rss.cjs"), "scripts/import.ts", file, "--as", actorEmail, ...(dryRun ? ["--dry-run"] : [])],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "bench-import-secret-0123456789abcdefghij", LOG_LEVEL: "warn" }, maxBuffer: 512 * 1024 * 1024 },
  );
  const ms = performance.now() - started;
  const peakKb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const lines = r.stdout.trim().split("\n");
  const summary = r.status === 0 || lines.at(-1)?.startsWith("created") ? lines.at(-1)! : (r.stderr.trim().split("\n")[0] ?? `exit ${r.status}`);
  return { label, ms, peakRss: peakKb * 1024, summary, exitCode: r.status ?? 1 };
}

export async function benchImport(adminUrl: string, source: BenchDatabase, adminEmail: string, onCreated: (drop: () => Promise<void>) => void): Promise<void> {
  // The file: the source database's export, as "Alles exportieren" writes it.
  const src = await connect({ engine: "server", url: source.url });
  let bytes: Uint8Array;
  let users: { email: string; name: string; role: Actor["role"]; passwordHash: string | null; partnerId: string | null }[];
  let partners: { id: string; slug: string; name: string; kind: PartnerKind; website: string | null; description: string }[];
  let rows = 0;
  let masterplan: Record<string, unknown>;
  try {
    // The masterplan is not in the workbook: a city creates it under "Plan einrichten" first.
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...plan } = await src.prisma.masterplan.findFirstOrThrow();
    masterplan = plan;
    const data = await masterplanRows(src.prisma);
    rows = Object.values(data).reduce((n, r) => n + (r?.length ?? 0), 0);
    bytes = await writeWorkbook(data, "de");
    // The people the file names as leads and partner contacts must exist in the target, as they
    // would in a real city. A partner contact acts for a partner, so the city creates its partners
    // before those users (in the UI, or by importing the Partner sheet first): without them the
    // contacts named in the file are no partner contacts, and the import refuses those rows.
    users = await src.prisma.user.findMany({ select: { email: true, name: true, role: true, passwordHash: true, partnerId: true } });
    partners = await src.prisma.partner.findMany({ select: { id: true, slug: true, name: true, kind: true, website: true, description: true } });
  } finally {
    await src.close();
  }
  console.log(`\n== import: the ${source.size} export, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, ${rows} data rows`);

  const name = `mm_bench_import_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${safeIdent(name)}`);
  onCreated(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${safeIdent(name)} WITH (FORCE)`));
  const url = databaseUrl(adminUrl, name);
  const target = await connect({ engine: "server", url });
  try {
    await applyMigrations(target.database.factory);
    await target.prisma.masterplan.create({ data: masterplan as never });
    await target.prisma.partner.createMany({ data: partners });
    // Users without departments: the workbook brings the departments.
    await target.prisma.user.createMany({ data: users.map((u) => ({ ...u, departmentId: null })) });
  } finally {
    await target.close();
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mm-bench-import-"));
  onCreated(async () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "masterplan-large.xlsx");
  fs.writeFileSync(file, bytes);
  const runs: Run[] = [
    runImport(url, adminEmail, file, true, "dry run, empty database"),
    runImport(url, adminEmail, file, false, "apply, empty database"),
    runImport(url, adminEmail, file, true, "dry run, same file again"),
    runImport(source.url, adminEmail, file, true, "dry run, source database"),
  ];
  console.log(`(each run is \`npm run import\` in its own process: time includes start-up, reading the file and one transaction)`);
  console.log(`${"run".padEnd(28)}${"seconds".padStart(9)}${"peak RSS MB".padStart(13)}  result`);
  for (const r of runs) {
    const target = r.label.startsWith("apply") ? IMPORT_TARGETS.applyMs : IMPORT_TARGETS.dryRunMs;
    const verdict = r.exitCode !== 0 || r.ms > target || !(r.peakRss < IMPORT_TARGETS.rssBytes) ? "MISSED" : "met";
    console.log(`${r.label.padEnd(28)}${(r.ms / 1000).toFixed(1).padStart(9)}${String(Math.round(r.peakRss / 1024 / 1024)).padStart(13)}  ${r.summary}  (target ${target / 1000} s, < 1024 MB: ${verdict})`);
  }
}
