// GET /app/portfolio/export?format=csv|xlsx&<the table's URL parameters>: the portfolio table as
// a download, exactly the rows and columns the table shows. Policy: "report.export".
import { apiDownload } from "@/lib/api/route";
import { buildPortfolioExport } from "@/lib/portfolio/export";

export const dynamic = "force-dynamic";

export const GET = apiDownload(
  "report.export",
  async ({ db, actor, request, locale }) => {
    const out = await buildPortfolioExport(db, actor, new URL(request.url).searchParams, locale);
    return { ...out, body: new Blob([out.body as Uint8Array<ArrayBuffer>]) };
  },
  // Heavy work: a place in the export line first (lib/exports/gate.ts).
  { queued: true },
);
