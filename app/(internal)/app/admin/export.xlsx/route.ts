// GET /app/admin/export.xlsx: "Alles exportieren", the whole masterplan in the template's format.
// Policy: "structure.manage".
import { apiDownload } from "@/lib/api/route";
import { downloadExport } from "@/lib/transfer/download";

export const dynamic = "force-dynamic";

// Heavy work: a place in the export line first (lib/exports/gate.ts).
export const GET = apiDownload("structure.manage", downloadExport, { queued: true });
