// The diff of a publication request: field by field what citizens see now (nothing, unless the
// target is already public) and what they would see once it is approved. Values come from the
// stored preview (lib/publish/preview.ts); enum values in it ("status.IN_PROGRESS") are shown with
// their labels. Changed fields are marked in words, not only by colour.
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { withEnumLabels } from "@/lib/publish/label";
import type { DiffRow } from "@/lib/publish/queries";

export async function PreviewDiff({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("publish"), getTranslations(), getLocale()]);
  const label = (line: string) => withEnumLabels(line, tAll);
  const text = (lines: string[] | null) =>
    lines === null ? (
      <span className="text-slate-700">{t("notPublic")}</span>
    ) : lines.length === 0 ? (
      "–"
    ) : (
      <ul className="grid gap-1">
        {lines.map((l, i) => (
          <li key={i} className="whitespace-pre-wrap break-words">{label(l)}</li>
        ))}
      </ul>
    );
  const columns: DataTableColumn<DiffRow>[] = [
    {
      id: "field",
      header: t("colField"),
      rowHeader: true,
      cell: (r) => (
        <>
          {tAll.has(`publish.fields.${r.key}`) ? tAll(`publish.fields.${r.key}`) : r.key}
          {r.changed && r.old !== null && <span className="ml-1 rounded bg-amber-100 px-1 text-xs">{t("changed")}</span>}
        </>
      ),
    },
    { id: "now", header: t("colNow"), cell: (r) => text(r.old) },
    { id: "after", header: t("colAfter"), cell: (r) => text(r.new) },
  ];
  const shown = rows.filter((r) => r.new.length > 0 || (r.old?.length ?? 0) > 0);
  return <DataTable columns={columns} rows={shown} rowKey={(r) => r.key} caption={caption} locale={locale} minWidth="36rem" className="mt-3" />;
}
