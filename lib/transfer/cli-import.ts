// `npm run import -- <file.xlsx|file.csv> --as <e-mail> [--dry-run]` below the script
// (scripts/import.ts), testable in-process. Runs the same action as the upload page — same checks,
// same audit — with the named user as the actor, and prints one line per row that changes
// something or has an error, then `created N, updated N, unchanged N, errors N` (and, with
// PUBLISH_REVIEW on, `publication requests N`: what the file would make public is asked for in the
// --as user's name, and another head or admin approves it under /app/publications).
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Actor } from "@/lib/authz/policy";
import type { Db } from "@/lib/db/client";
import { describeProblem } from "./cells";
import { importWorkbookAction } from "./import/workbook-action";
import type { ImportReport } from "./import/types";

export function importUsage(name: string) {
  return `usage: npm run ${name} -- <file.xlsx|file.csv> --as <e-mail of an admin or department head> [--dry-run]`;
}

export function parseImportArgs(argv: string[], name: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { as: { type: "string" }, "dry-run": { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new Error(`${(e as Error).message.split(".")[0]}. ${importUsage(name)}`);
  }
  if (parsed.positionals.length !== 1 || !parsed.values.as) throw new Error(importUsage(name));
  return { file: parsed.positionals[0]!, as: parsed.values.as.trim().toLowerCase(), dryRun: parsed.values["dry-run"] ?? false };
}

/** The report as printed lines; the last is the summary. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.detected) {
    const d = report.detected;
    lines.push(`read as CSV: ${d.encoding}${d.bom ? " with BOM" : ""}, separator '${d.separator === "\t" ? "tab" : d.separator}', decimal ${d.decimal ?? "-"}, dates ${d.dateFormat ?? "-"}`);
  }
  for (const p of report.problems) lines.push(describeProblem(p, "de"));
  for (const r of report.rows) {
    if (r.outcome === "error") for (const p of r.problems) lines.push(`error   ${describeProblem(p, "de")}`);
    else if (r.outcome !== "unchanged") {
      const asks = r.publishRequested ? ` -> ${report.dryRun ? "will be submitted" : "submitted"} for publication review` : "";
      lines.push(`${r.outcome.padEnd(7)} ${r.sheet} Zeile ${r.row}: ${r.key}${r.changed ? ` (${r.changed.join(", ")})` : ""}${asks}`);
    }
  }
  const c = report.counts;
  if (!report.dryRun) lines.push(report.applied ? "applied." : "NOT applied: nothing was written because of the errors above.");
  else lines.push("dry run: nothing was written.");
  // PUBLISH_REVIEW: what the file would publish was asked for (as the --as user), not published.
  const asks = report.publishRequests > 0 && (report.dryRun || report.applied) ? `, publication requests ${report.publishRequests}` : "";
  lines.push(`created ${c.create}, updated ${c.update}, unchanged ${c.unchanged}, errors ${c.error}${asks}`);
  return lines;
}

/** Runs the import of `file` as the user `as`; returns the report and the exit code (1 on any error row). */
export async function importFromFile(db: Db, opts: { file: string; as: string; dryRun: boolean }): Promise<{ report: ImportReport; exitCode: number }> {
  const user = await db.user.findUnique({ where: { email: opts.as }, select: { id: true, role: true, departmentId: true, active: true } });
  if (!user || !user.active) throw new Error(`no active user with the e-mail ${opts.as}`);
  const actor: Actor = { id: user.id, role: user.role, departmentId: user.departmentId, via: "session" };
  const bytes = await fs.readFile(opts.file);
  const result = await importWorkbookAction.execute(
    actor,
    { fileName: path.basename(opts.file), contentBase64: bytes.toString("base64"), dryRun: opts.dryRun },
    { db, locale: "de" },
  );
  if (!result.ok) {
    const details = Object.values(result.fieldErrors ?? {}).flat().join(" ");
    throw new Error(`${result.message}${details ? ` ${details}` : ""}`);
  }
  const failed = result.data.counts.error > 0 || (!opts.dryRun && !result.data.applied);
  return { report: result.data, exitCode: failed ? 1 : 0 };
}
