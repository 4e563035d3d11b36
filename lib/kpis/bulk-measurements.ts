// The bulk measurement route (POST /api/v1/kpis/measurements): how an item reaches the measurement
// action (decimal strings as numbers), and the answer, one result per item in the order sent —
// stored / updated / unchanged / rejected (with code and reason) — and the counts. The zod schemas
// here describe request and answers for the OpenAPI document (lib/api/openapi.ts).
import { z } from "zod";
import type { BatchItemResult } from "@/lib/api/route";
import { httpStatusFor, type ErrorCode } from "@/lib/errors/app-error";
import { recordKpiMeasurementInput } from "./schemas";

export const MAX_BATCH_ITEMS = 1000;
/** 1,000 items of about 150 bytes, with room for notes; the default body limit is 64 KB. */
export const MAX_BATCH_BYTES = 512 * 1024;

/**
 * Platforms often send decimals as strings (exact, no binary float): "12.5" is taken as 12.5.
 * Only a plain decimal with a point; anything else reaches the action as it is and is rejected there.
 */
const decimalString = z.string().regex(/^-?\d{1,15}(\.\d{1,12})?$/);

/** One item as the action takes it: a decimal string value becomes a number, the rest is left to the action's schema. */
function measurementBatchItem(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const value = (raw as Record<string, unknown>).value;
  return decimalString.safeParse(value).success ? { ...raw, value: Number(value) } : raw;
}

/** The request and answer as documented (lib/api/openapi.ts); each item is validated by the action itself. */
export const measurementBatchInput = z.object({
  items: z
    .array(recordKpiMeasurementInput.extend({ value: z.union([recordKpiMeasurementInput.shape.value, decimalString]) }))
    .min(1)
    .max(MAX_BATCH_ITEMS),
});
export const measurementBatchOutput = z.object({
  results: z.array(
    z.object({
      index: z.number().int(),
      kpiId: z.string().nullable(),
      periodDate: z.string().nullable(),
      status: z.enum(["stored", "updated", "unchanged", "rejected"]),
      code: z.enum(Object.keys(httpStatusFor) as [ErrorCode, ...ErrorCode[]]).optional(),
      reason: z.string().optional(),
    }),
  ),
  counts: z.object({ stored: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
});

/** What the single write (POST /api/v1/kpis/{id}/measurements) answers in `data`. */
export const measurementOutput = z.strictObject({
  id: z.uuid(),
  kpiId: z.uuid(),
  periodDate: z.iso.date(),
  value: z.number(),
  note: z.string(),
  version: z.number().int(),
  updated: z.boolean(),
  unchanged: z.boolean(),
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

function answerMeasurementBatch(results: BatchItemResult<{ updated: boolean; unchanged: boolean }>[], items: unknown[]) {
  const counts: Record<MeasurementItemStatus, number> = { stored: 0, updated: 0, unchanged: 0, rejected: 0 };
  const out: MeasurementItemResult[] = results.map((r) => {
    const base = { index: r.index, kpiId: field(items[r.index], "kpiId"), periodDate: field(items[r.index], "periodDate") };
    const status: MeasurementItemStatus = !r.ok ? "rejected" : r.data.unchanged ? "unchanged" : r.data.updated ? "updated" : "stored";
    counts[status] += 1;
    return r.ok ? { ...base, status } : { ...base, status, code: r.code, reason: r.reason };
  });
  return { results: out, counts };
}

/** The route's configuration for apiBatch (tests build the same handler with their database). */
export const measurementBatchOptions = {
  maxItems: MAX_BATCH_ITEMS,
  maxBodyBytes: MAX_BATCH_BYTES,
  item: measurementBatchItem,
  answer: answerMeasurementBatch,
};
