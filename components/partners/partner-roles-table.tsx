// The initiatives a partner takes part in: role, contribution, committed amount and status.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/initiatives/badges";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { formatEuro } from "@/lib/funding/format";
import type { PartnerRoleRow } from "@/lib/partners/report-queries";

export async function PartnerRolesTable({ name, rows }: { name: string; rows: PartnerRoleRow[] }) {
  const [t, tRole, locale] = await Promise.all([getTranslations("partnerView"), getTranslations("partnerRole"), getLocale()]);
  const columns: DataTableColumn<PartnerRoleRow>[] = [
    {
      id: "initiative",
      header: t("colInitiative"),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/app/initiatives/${r.initiativeCode}`} className="text-brand-700 underline underline-offset-2">
          <span className="font-mono">{r.initiativeCode}</span> {r.initiativeTitle}
        </Link>
      ),
    },
    { id: "role", header: t("colRole"), cell: (r) => tRole(r.role) },
    { id: "contribution", header: t("colContribution"), value: (r) => r.contribution },
    {
      id: "committed",
      header: t("colCommitted"),
      format: "currencyCents",
      cell: (r) => (r.committed === null ? t("noAmount") : formatEuro(locale, r.committed)),
    },
    { id: "status", header: t("colStatus"), cell: (r) => <StatusBadge status={r.status} /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => `${r.initiativeCode}-${r.role}`} caption={t("rolesCaption", { name })} empty={t("noRoles")} locale={locale} minWidth="44rem" className="mt-2" testId="partner-roles-table" />;
}
