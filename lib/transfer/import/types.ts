// What an import reports: one result per data row (create / update / unchanged / error) with its
// problems, the counts, and the file's fingerprint. The upload page, the CLI and the audit event
// all read this one shape.
import type { TransferProblem } from "../cells";
import type { EntityKey } from "../columns";
import type { CsvDetected } from "../read";

export type ImportOutcome = "create" | "update" | "unchanged" | "error";

export type ImportRowResult = {
  sheet: string;
  row: number;
  entity: EntityKey;
  /** How the row is identified, e.g. "VER-02" or "VER-02 / M3". */
  key: string;
  outcome: ImportOutcome;
  problems: TransferProblem[];
  /** Headers of the columns an update changes. */
  changed?: string[];
  /** PUBLISH_REVIEW: what the row would make public stays internal and is submitted for review instead. */
  publishRequested?: true;
};

export type ImportCounts = { create: number; update: number; unchanged: number; error: number };

export type ImportReport = {
  fileName: string;
  sha256: string;
  format: "xlsx" | "csv";
  detected?: CsvDetected;
  dryRun: boolean;
  applied: boolean;
  counts: ImportCounts;
  /** PUBLISH_REVIEW: how many publication requests the import creates (a dry run: would create). */
  publishRequests: number;
  /** One per data row, in file order. */
  rows: ImportRowResult[];
  /** File- and sheet-level problems. */
  problems: TransferProblem[];
};
