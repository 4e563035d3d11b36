// One rendering of a transfer problem as a sentence, shared by the server (CLI, README) and the
// browser (the upload page), with whichever translator the caller has for `transfer.problems`.
// Kept free of catalogue imports so that the client bundle does not carry both languages.
import type { TransferProblem } from "./cells";

export type ProblemTranslator = (key: string, values?: Record<string, string | number>) => string;

/** "Blatt 'Vorhaben', Zeile 14, Spalte 'Amt': 'Amt 62' gibt es nicht …" */
export function problemText(t: ProblemTranslator, problem: TransferProblem): string {
  const message = t(problem.key, problem.params);
  if (problem.sheet && problem.row !== undefined && problem.column) {
    return t("at", { sheet: problem.sheet, row: problem.row, column: problem.column, message });
  }
  if (problem.sheet) return t("atSheet", { sheet: problem.sheet, message });
  return message;
}
