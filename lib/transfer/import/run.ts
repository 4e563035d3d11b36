// Plans an import: reads the file, loads the database state once, and walks the sheets in the
// workbook's order, each row becoming a result (create / update / unchanged / error) and, when it
// changes something, writes for the apply step. Pure planning: nothing is written here.
import type { Actor } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import type { TransferProblem } from "../cells";
import type { EntityKey } from "../columns";
import type { ReadResult, ReadSheet } from "../read";
import { planBudgetLines, planKpis, planKpiValues, kpiIndex } from "./plan-figures";
import { planInitiatives, planMilestones } from "./plan-initiatives";
import { planDepartments, planDistricts, planFields, planPartners } from "./plan-structure";
import { Planner, type Writes } from "./planner";
import { loadState } from "./state";
import type { ImportCounts, ImportRowResult } from "./types";

/** Sheet problems that make the file unusable as a whole (the sheet cannot be read reliably). */
const BLOCKING = new Set(["missingColumn", "duplicateColumn", "unknownEntity"]);

export type ImportPlan = { rows: ImportRowResult[]; counts: ImportCounts; problems: TransferProblem[]; blocked: boolean; writes: Writes };

/** `publishReview`: PUBLISH_REVIEW is on (lib/publish/gate.ts); then nothing is made public, it is asked for. */
export async function planImport(tx: Tx, actor: Actor, read: ReadResult, fileName: string, publishReview = false): Promise<ImportPlan> {
  const p = new Planner(await loadState(tx), actor, fileName, publishReview);
  const sheets = new Map<EntityKey, ReadSheet[]>();
  for (const s of read.sheets) sheets.set(s.entity, [...(sheets.get(s.entity) ?? []), s]);
  const each = (entity: EntityKey, fn: (s: ReadSheet) => void) => sheets.get(entity)?.forEach(fn);
  // A sheet missing a required column is not read at all: its rows would be guesses.
  const blockedSheets = new Set(read.problems.filter((x) => BLOCKING.has(x.key)).map((x) => x.sheet));
  const usable = (fn: (s: ReadSheet) => void) => (s: ReadSheet) => {
    if (!blockedSheets.has(s.name)) fn(s);
  };
  each("departments", usable((s) => planDepartments(p, s)));
  each("fieldsOfAction", usable((s) => planFields(p, s)));
  each("partners", usable((s) => planPartners(p, s)));
  each("districts", usable((s) => planDistricts(p, s)));
  each("initiatives", usable((s) => planInitiatives(p, s)));
  each("milestones", usable((s) => planMilestones(p, s)));
  const index = kpiIndex(p);
  each("kpis", usable((s) => planKpis(p, s, index)));
  each("kpiValues", usable((s) => planKpiValues(p, s, index)));
  each("budgetLines", usable((s) => planBudgetLines(p, s)));

  // Results in file order (sheets as in the file, rows as in the sheet).
  const order = new Map(read.sheets.map((s, i) => [s.name, i]));
  const rows = p.results.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  const blocked = blockedSheets.size > 0 || read.sheets.length === 0;
  const problems = read.sheets.length === 0 && read.problems.length === 0 ? [{ key: "noSheets" }] : read.problems;
  return { rows, counts, problems, blocked, writes: p.writes };
}
