// The diff of a publication request: field by field what citizens see now (nothing, unless the
// target is already public) and what they would see once it is approved. Values come from the
// stored preview (lib/public/publish-preview.ts); enum values in it ("status.IN_PROGRESS") are
// shown with their labels.
import { getTranslations } from "next-intl/server";
import type { DiffRow } from "@/lib/publish/queries";

const ENUM_TOKEN = /\b((?:status|health|partnerRole|budget\.source)\.[A-Z_]+)\b/g;

export async function PreviewDiff({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  const [t, tAll] = await Promise.all([getTranslations("publish"), getTranslations()]);
  const text = (lines: string[] | null) =>
    lines === null ? (
      <span className="text-slate-700">{t("notPublic")}</span>
    ) : lines.length === 0 ? (
      "–"
    ) : (
      <ul className="grid gap-1">
        {lines.map((l, i) => (
          <li key={i} className="whitespace-pre-wrap break-words">{l.replace(ENUM_TOKEN, (token) => (tAll.has(token) ? tAll(token) : token))}</li>
        ))}
      </ul>
    );
  const shown = rows.filter((r) => r.new.length > 0 || (r.old?.length ?? 0) > 0);
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">{t("colField")}</th>
            <th scope="col" className="py-1 pr-3">{t("colNow")}</th>
            <th scope="col" className="py-1">{t("colAfter")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key} className={`border-b border-slate-200 align-top ${r.changed ? "bg-amber-50" : ""}`}>
              <th scope="row" className="py-1 pr-3 text-left font-semibold">
                {tAll.has(`publish.fields.${r.key}`) ? tAll(`publish.fields.${r.key}`) : r.key}
                {r.changed && <span className="sr-only"> ({t("changed")})</span>}
              </th>
              <td className="py-1 pr-3">{text(r.old)}</td>
              <td className="py-1">{text(r.new)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
