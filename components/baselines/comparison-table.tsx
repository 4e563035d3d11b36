// A plan comparison (lib/baselines) as one table: what changed, for which initiative, before and
// after. Display only; the rows come from lib/baselines/rows.ts. Used by the revisions page, the
// council report and the public "what changed since adoption" page (with public links there).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { InitiativeRef, PlanComparison } from "@/lib/baselines/compare";
import { changeRows, type ChangeRow } from "@/lib/baselines/rows";
import { reportFormat } from "@/lib/council-report/format";
import type { Locale } from "@/lib/i18n/config";

const GONE = new Set<ChangeRow["kind"]>(["removed", "MERGED_INTO", "SUPERSEDED_BY"]);

export async function ComparisonTable({
  comparison,
  locale,
  caption,
  initiativeHref,
  linkGone = true,
}: {
  comparison: PlanComparison;
  locale: Locale;
  caption: string;
  /** Where an initiative's name links to; no links without it. */
  initiativeHref?: (ref: InitiativeRef) => string;
  /** Link initiatives that left the plan too (the internal pages have them; the public site does not). */
  linkGone?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "baselines" });
  const f = reportFormat(locale);
  const title = (ref: InitiativeRef) => (locale === "en" && ref.titleEn) || ref.title;
  const name = (ref: InitiativeRef, gone = false) =>
    initiativeHref && (linkGone || !gone) ? (
      <Link href={initiativeHref(ref)} className="text-brand-700 underline underline-offset-2">{ref.code} {title(ref)}</Link>
    ) : (
      `${ref.code} ${title(ref)}`
    );
  const value = (row: ChangeRow, v: string | null) => {
    if (v === null) return "–";
    if (row.values === "date") return f.date(v);
    if (row.values === "money") return f.money(v);
    if (row.values === "kpi") {
      const [n, d] = v.split("|") as [string, string];
      return `${f.number(n)} ${row.unit ?? ""} (${f.date(d)})`;
    }
    return v;
  };
  const change = (row: ChangeRow) => {
    if (row.change === null) return "–";
    if (row.values === "date") return t("days", { days: Number(row.change) });
    if (row.values === "money") return `${Number(row.change) > 0 ? "+" : ""}${f.money(row.change)}`;
    return row.change;
  };
  const columns: DataTableColumn<ChangeRow>[] = [
    { id: "kind", header: t("col.kind"), cell: (r) => t(`kinds.${r.kind}`) },
    { id: "initiative", header: t("col.initiative"), rowHeader: true, cell: (r) => (r.initiative ? name(r.initiative, GONE.has(r.kind)) : t("planLevel")) },
    {
      id: "subject",
      header: t("col.subject"),
      cell: (r) => (r.successor ? <>{t(`successorLabel.${r.kind}`)}: {name(r.successor)}</> : (r.subject ?? "–")),
    },
    { id: "from", header: t("col.from"), cell: (r) => value(r, r.from) },
    { id: "to", header: t("col.to"), cell: (r) => value(r, r.to) },
    { id: "change", header: t("col.change"), align: "end", className: "tabular-nums", cell: change },
  ];
  return (
    <DataTable columns={columns} rows={changeRows(comparison)} rowKey={(r) => r.key} caption={caption} locale={locale} presorted empty={<p className="mt-3">{t("noChanges")}</p>} className="mt-3" />
  );
}
