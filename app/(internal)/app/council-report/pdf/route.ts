// GET /app/council-report/pdf?quarter=2026-Q3&scope=masterplan&lang=de — the council report as a
// PDF download, for those who may export reports (council members, department heads, admins).
import { apiDownload } from "@/lib/api/route";
import { downloadCouncilReportPdf } from "@/lib/council-report/pdf-download";

export const dynamic = "force-dynamic";

// Heavy work: a place in the export line first (lib/exports/gate.ts).
export const GET = apiDownload("report.export", (ctx) => downloadCouncilReportPdf(ctx), { queued: true });
