// POST /api/v1/kpis/measurements — the urban data platform's bulk write: up to 1,000 values for
// any KPIs in one request (KPI_WRITE token). Body: { items: [{ kpiId, periodDate, value, note? }] },
// value a number or a decimal string ("12.5"); the body may be up to 512 KB (the default is 64 KB).
// Each item runs through the same action as POST /api/v1/kpis/{id}/measurements, in its own
// transaction: stored, updated, unchanged (same value and note: nothing written or audited) or
// rejected with its code and reason, without affecting the others. More than 1,000 items: 413.
import { apiBatch } from "@/lib/api/route";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";
import { measurementBatchOptions } from "@/lib/kpis/bulk-measurements";

export const dynamic = "force-dynamic";

export const POST = apiBatch(recordKpiMeasurementAction, measurementBatchOptions);
