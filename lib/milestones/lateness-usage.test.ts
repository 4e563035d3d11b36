// Guard: lateness has one definition (lib/milestones/lateness.ts). This test reads every source
// file under lib/ and components/ and fails, naming file and line, where code decides on its own
// whether a milestone is overdue, on time or how late it is: SQL comparing a milestone date with a
// day ("forecast_date < ${today}"), completion compared with the baseline, a baseline subtracted
// from a forecast or completion (in SQL or with daysBetween), `forecastDate <` in TypeScript, or a
// Prisma filter `forecastDate: { lt: … }`. Callers use isOverdue / delayDays / slipDays /
// overdueDays or their SQL fragments (overdueSql, delayDaysSql, slipDaysSql …) instead.
// Tests are not scanned: they may recompute a figure independently to check it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["lib", "components"];
const DEFINITION = "lib/milestones/lateness.ts";
const SKIPPED_DIRS = new Set(["lib/generated", "node_modules"]);

/** Milestone date columns and fields, SQL and TypeScript spelling. */
const DATE = String.raw`(?:\w+\.)?(?:forecast_date|completed_date|forecastDate|completedDate)`;
const ANY_DATE = String.raw`(?:\w+\.)?(?:forecast_date|completed_date|baseline_date|forecastDate|completedDate|baselineDate)`;
const BASELINE = String.raw`(?:\w+\.)?(?:baseline_date|baselineDate)`;
/** A day in SQL: a bound parameter (`${today}`, `${q.end}::date`), CURRENT_DATE or now(). */
const SQL_DAY = String.raw`(?:\$\{[^}]*\}(?:::date)?|current_date|now\(\))`;
const CMP = String.raw`(?:<=|>=|<(?!>)|>)`;

export const RULES: { name: string; pattern: RegExp }[] = [
  { name: "SQL compares a milestone date with a day (use overdueSql / delayDaysSql)", pattern: new RegExp(String.raw`${ANY_DATE}\s*${CMP}\s*${SQL_DAY}`, "i") },
  { name: "SQL compares a day with a milestone date (use overdueSql / delayDaysSql)", pattern: new RegExp(String.raw`${SQL_DAY}\s*${CMP}\s*${ANY_DATE}\b`, "i") },
  { name: "completion or forecast compared with the baseline (use delayDays / slipDays)", pattern: new RegExp(String.raw`${DATE}\)?\s*${CMP}\s*${BASELINE}\b`) },
  { name: "baseline compared with completion or forecast (use delayDays / slipDays)", pattern: new RegExp(String.raw`${BASELINE}\s*${CMP}\s*(?:coalesce\()?${DATE}\b`, "i") },
  { name: "baseline subtracted in SQL (use delayDaysSql / slipDaysSql)", pattern: new RegExp(String.raw`(?:forecast_date|completed_date)\s*\)?\s*-\s*${BASELINE}\b`) },
  { name: "daysBetween of baseline and forecast/completion (use delayDays / slipDays)", pattern: /daysBetween\([^)]*(?:baseline[^)]*(?:forecast|completed)|(?:forecast|completed)[^)]*baseline)/i },
  { name: "forecastDate compared in TypeScript (use isOverdue)", pattern: /\bforecastDate\s*(?:<=|>=|<(?!>)|>)\s*[\w$(]/ },
  { name: "Prisma filter on an earlier forecast (use overdueSql or isOverdue)", pattern: /\bforecastDate:\s*\{\s*lte?\b/ },
];

/**
 * Places that compare dates for another reason than lateness, each with why. A line is allowed
 * when its file is listed and the line contains the given text.
 */
export const ALLOWED: { file: string; contains: string; why: string }[] = [
  { file: "lib/milestones/writes.ts", contains: "if (forecastDate < cityToday())", why: "input validation: a new forecast may not lie in the past" },
  // Overdue comes from overdueSql in the same query; this only bounds the reminder window.
  { file: "lib/notifications/items.ts", contains: "m.forecast_date <= ${soon}::date", why: "the due-soon window of reminders (overdue or due within N days), not a lateness rule" },
  { file: "lib/my-work/queries.ts", contains: "m.forecast_date <= ${dueBy}::date", why: "the due-within-30-days window of a lead's start page; overdue there comes from overdueSql" },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(rel)) out.push(...sourceFiles(rel));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && rel !== DEFINITION) {
      out.push(rel);
    }
  }
  return out;
}

/** Removes comments (whole-line, JSDoc and trailing `// …`), so prose about the rules is not flagged. */
function codeOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) return "";
  return line.replace(/(^|\s)\/\/.*$/, "$1");
}

/** Every violation in `text` as "file:line  rule  (code)". */
export function findSecondImplementations(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((raw, i) => {
    const code = codeOf(raw);
    if (!code) return;
    for (const rule of RULES) {
      if (!rule.pattern.test(code)) continue;
      if (ALLOWED.some((a) => a.file === file && code.includes(a.contains))) continue;
      found.push(`${file}:${i + 1}  ${rule.name}  (${code.trim()})`);
    }
  });
  return found;
}

describe("one definition of lateness", () => {
  it("finds no second implementation of overdue, delay or slip in lib/ and components/", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) => findSecondImplementations(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(violations, `Compute lateness with lib/milestones/lateness.ts instead:\n${violations.join("\n")}`).toEqual([]);
  });

  it("recognises the hand-written rules this guard exists for", () => {
    const samples = [
      "COUNT(*) FILTER (WHERE completed_date IS NULL AND forecast_date < ${today}::date)::int AS overdue",
      "COUNT(*) FILTER (WHERE m.completed_date <= m.baseline_date)::int AS on_time",
      "AVG(COALESCE(m.completed_date, m.forecast_date) - m.baseline_date)::float8 AS mean_slip",
      "slipDays: r.next_forecast && r.next_baseline ? daysBetween(r.next_baseline, r.next_forecast) : null,",
      "overdue: ms.filter((m) => !m.completedDate && m.forecastDate < today).length,",
      "if (m.completedDate) return m.completedDate <= m.baselineDate ? \"onTime\" : \"late\";",
      "where: { completedDate: null, forecastDate: { lt: new Date(today) } },",
      "WHERE CURRENT_DATE > m.forecast_date",
    ];
    for (const s of samples) expect(findSecondImplementations("lib/x.ts", s), s).toHaveLength(1);
  });

  it("leaves comparisons that are not about lateness alone", () => {
    const fine = [
      "AND mf.forecast_date > prev.forecast_date", // a forecast moved later (re-planning)
      "WHERE m.is_public AND prev.forecast_date <> f.forecast_date",
      "where: { initiativeId, completedDate: { gte: first, lte: last } },", // completed within a period
      "// overdue: forecast_date < today, explained in a comment",
      "COUNT(*) FILTER (WHERE ${overdueSql(today, m)})::int AS overdue",
    ];
    for (const s of fine) expect(findSecondImplementations("lib/x.ts", s), s).toEqual([]);
  });
});
