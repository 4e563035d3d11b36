// POST /api/v1/kpis/{id}/measurements — records (or corrects) the KPI's value for a period date.
// Body: { periodDate: "YYYY-MM-DD", value: number, note?: string }. 201 created, 200 updated or
// unchanged (the same value and note again: nothing written, nothing audited).
import { apiAction } from "@/lib/api/route";
import { recordKpiMeasurementAction } from "@/lib/kpis/mutations";

export const dynamic = "force-dynamic";

export const POST = apiAction(recordKpiMeasurementAction, {
  // The KPI comes from the URL, never from the body; the action authorizes against the loaded KPI.
  input: ({ body }, params: { id: string }) => ({ ...body, kpiId: params.id }),
  status: (data) => (data.updated || data.unchanged ? 200 : 201),
});
