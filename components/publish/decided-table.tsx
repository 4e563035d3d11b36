// Who asked for what to be published, who decided and when (for admins every request; heads their
// department's; everyone else their own).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { withEnumLabels } from "@/lib/publish/label";
import type { listDecidedPublishRequests } from "@/lib/publish/queries";

type Row = Awaited<ReturnType<typeof listDecidedPublishRequests>>[number];

export async function DecidedPublishTable({ rows }: { rows: Row[] }) {
  const [t, tAll, format, locale] = await Promise.all([getTranslations("publish"), getTranslations(), getFormatter(), getLocale()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  const columns: DataTableColumn<Row>[] = [
    { id: "target", header: t("colTarget"), rowHeader: true, value: (r) => `${t(`kind.${r.targetKind}`)}: ${withEnumLabels(r.label, tAll)}` },
    { id: "status", header: t("colStatus"), value: (r) => t(`status.${r.status}`) },
    { id: "requested", header: t("colRequested"), value: (r) => `${r.requestedBy?.name ?? "–"}, ${when(r.requestedAt)}` },
    { id: "decided", header: t("colDecided"), value: (r) => `${r.decidedBy?.name ?? "–"}, ${when(r.decidedAt)}` },
    { id: "comment", header: t("colComment"), value: (r) => (r.comment === "superseded" ? t("superseded") : (r.comment ?? "")) },
  ];
  return (
    <section aria-labelledby="publish-decided" className="mt-10">
      <h2 id="publish-decided" className="text-xl font-semibold">{t("decidedHeading")}</h2>
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t("decidedCaption")} empty={t("decidedEmpty")} locale={locale} minWidth="48rem" className="mt-3" />
    </section>
  );
}
