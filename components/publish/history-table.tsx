// Who published what and when, from the audit log (admins; lib/publish/history.ts): approved
// requests with who asked, and direct publications.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { withEnumLabels } from "@/lib/publish/label";
import type { PublicationEvent } from "@/lib/publish/history";

const KIND = { Initiative: "INITIATIVE", Milestone: "MILESTONE", Kpi: "KPI", CouncilDecision: "DECISION", Document: "DOCUMENT", BudgetLine: "BUDGET_LINE" } as const;

export async function PublicationHistoryTable({ rows }: { rows: PublicationEvent[] }) {
  const [t, tAll, format, locale] = await Promise.all([getTranslations("publish"), getTranslations(), getFormatter(), getLocale()]);
  const columns: DataTableColumn<PublicationEvent>[] = [
    { id: "at", header: t("colPublishedAt"), value: (r) => format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" }) },
    { id: "target", header: t("colTarget"), rowHeader: true, value: (r) => `${t(`kind.${KIND[r.entityType]}`)}: ${r.label === null ? t("deleted") : withEnumLabels(r.label, tAll)}` },
    { id: "by", header: t("colPublishedBy"), value: (r) => r.actorName ?? "–" },
    { id: "how", header: t("colHow"), value: (r) => (r.viaRequest ? t("viaRequest", { name: r.requesterName ?? "–" }) : t("direct")) },
  ];
  return (
    <section aria-labelledby="publish-history" className="mt-10">
      <h2 id="publish-history" className="text-xl font-semibold">{t("historyHeading")}</h2>
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t("historyCaption")} empty={t("historyEmpty")} locale={locale} minWidth="48rem" className="mt-3" />
    </section>
  );
}
