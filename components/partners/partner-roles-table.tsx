// The initiatives a partner takes part in: role, contribution, committed amount and status.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/initiatives/badges";
import { formatEuro } from "@/lib/funding/format";
import type { PartnerRoleRow } from "@/lib/partners/report-queries";

export async function PartnerRolesTable({ name, rows }: { name: string; rows: PartnerRoleRow[] }) {
  const [t, tRole, locale] = await Promise.all([getTranslations("partnerView"), getTranslations("partnerRole"), getLocale()]);
  if (rows.length === 0) return <p className="mt-2">{t("noRoles")}</p>;
  const cell = "py-2 pr-3 align-top";
  return (
    <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("rolesCaption", { name })}>
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="partner-roles-table">
        <caption className="sr-only">{t("rolesCaption", { name })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={cell}>{t("colInitiative")}</th>
            <th scope="col" className={cell}>{t("colRole")}</th>
            <th scope="col" className={cell}>{t("colContribution")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colCommitted")}</th>
            <th scope="col" className="py-2">{t("colStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.initiativeCode}-${r.role}`} className="border-b border-slate-100">
              <th scope="row" className={`${cell} font-normal`}>
                <Link href={`/app/initiatives/${r.initiativeCode}`} className="text-brand-700 underline underline-offset-2">
                  <span className="font-mono">{r.initiativeCode}</span> {r.initiativeTitle}
                </Link>
              </th>
              <td className={cell}>{tRole(r.role)}</td>
              <td className={cell}>{r.contribution}</td>
              <td className={`${cell} text-right tabular-nums`}>{r.committed === null ? t("noAmount") : formatEuro(locale, r.committed)}</td>
              <td className="py-2 align-top"><StatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
