// The two workbook downloads as the handlers `apiDownload("structure.manage", …)` run them
// (app/(internal)/app/admin/import/template.xlsx and app/(internal)/app/admin/export.xlsx).
import type { ReadContext } from "@/lib/api/route";
import { appNow } from "@/lib/dates";
import { exportMasterplan } from "./export";
import { buildTemplateWorkbook, XLSX_CONTENT_TYPE } from "./workbook";

type Ctx = ReadContext<Record<string, string | string[]>>;
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_CONTENT_TYPE });

export async function downloadTemplate(ctx: Ctx) {
  return { body: blob(await buildTemplateWorkbook(ctx.locale)), contentType: XLSX_CONTENT_TYPE, filename: "masterplan-vorlage.xlsx" };
}

export async function downloadExport(ctx: Ctx, now: Date = appNow()) {
  const out = await exportMasterplan(ctx.db, ctx.actor, ctx.locale, now);
  return { body: blob(out.body), contentType: out.contentType, filename: out.filename };
}
