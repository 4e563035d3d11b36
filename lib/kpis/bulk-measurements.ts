// The answer of the bulk measurement route (POST /api/v1/kpis/measurements): one result per item in
// the order sent — stored / updated / unchanged / rejected (with code and reason) — and the counts.
import { z } from "zod";
import type { BatchItemResult } from "@/lib/api/route";
import type { ErrorCode } from "@/lib/errors/app-error";
import { recordKpiMeasurementInput } from "./schemas";

export const MAX_BATCH_ITEMS = 1000;
/** 1,000 items of about 150 bytes, with room for notes; the default body limit is 64 KB. */
export const MAX_BATCH_BYTES = 512 * 1024;

/** The request and answer as documented (lib/api/openapi.ts); each item is validated by the action itself. */
export const measurementBatchInput = z.object({ items: z.array(recordKpiMeasurementInput).min(1).max(MAX_BATCH_ITEMS) });
export const measurementBatchOutput = z.object({
  results: z.array(
    z.object({
      index: z.number().int(),
      kpiId: z.string().nullable(),
      periodDate: z.string().nullable(),
      status: z.enum(["stored", "updated", "unchanged", "rejected"]),
      code: z.enum(["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "INTERNAL"]).optional(),
      reason: z.string().optional(),
    }),
  ),
  counts: z.object({ stored: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
});

export type MeasurementItemStatus = "stored" | "updated" | "unchanged" | "rejected";

export type MeasurementItemResult = {
  index: number;
  kpiId: string | null;
  periodDate: string | null;
  status: MeasurementItemStatus;
  code?: ErrorCode;
  reason?: string;
};

const field = (item: unknown, key: string): string | null => {
  const v = item && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
};

export function answerMeasurementBatch(results: BatchItemResult<{ updated: boolean; unchanged: boolean }>[], items: unknown[]) {
  const counts: Record<MeasurementItemStatus, number> = { stored: 0, updated: 0, unchanged: 0, rejected: 0 };
  const out: MeasurementItemResult[] = results.map((r) => {
    const base = { index: r.index, kpiId: field(items[r.index], "kpiId"), periodDate: field(items[r.index], "periodDate") };
    const status: MeasurementItemStatus = !r.ok ? "rejected" : r.data.unchanged ? "unchanged" : r.data.updated ? "updated" : "stored";
    counts[status] += 1;
    return r.ok ? { ...base, status } : { ...base, status, code: r.code, reason: r.reason };
  });
  return { results: out, counts };
}
