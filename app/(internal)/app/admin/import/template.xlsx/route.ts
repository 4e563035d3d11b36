// GET /app/admin/import/template.xlsx: "Vorlage herunterladen", the empty import workbook with
// README and validation lists, in the caller's language. Policy: "portfolio.read" (the template holds no data; department heads import with it too).
import { apiDownload } from "@/lib/api/route";
import { downloadTemplate } from "@/lib/transfer/download";

export const dynamic = "force-dynamic";

export const GET = apiDownload("portfolio.read", downloadTemplate);
