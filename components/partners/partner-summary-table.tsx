// All partners in one table: kind, initiatives, committed funds, milestones they are responsible
// for, the share completed on time and how many are overdue. Each partner links to its page.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatEuro } from "@/lib/funding/format";
import { onTimeShare, type PartnerSummaryRow } from "@/lib/partners/report-queries";

export async function PartnerSummaryTable({ rows }: { rows: PartnerSummaryRow[] }) {
  const [t, tp, locale] = await Promise.all([getTranslations("partnerView"), getTranslations("partners"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const cell = "py-2 pr-3";
  const num = `${cell} text-right tabular-nums`;
  return (
    // Focusable, so keyboard users can scroll the table on a narrow screen.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableCaption")}>
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="partner-summary-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={cell}>{t("colPartner")}</th>
            <th scope="col" className={cell}>{t("colKind")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colInitiatives")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colCommitted")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colResponsible")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("colOnTime")}</th>
            <th scope="col" className="py-2 text-right">{t("colOverdue")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const share = onTimeShare(r);
            return (
              <tr key={r.id} className="border-b border-slate-100">
                <th scope="row" className={`${cell} font-normal`}>
                  <Link href={`/app/partners/${r.slug}`} className="text-brand-700 underline underline-offset-2">{r.name}</Link>
                </th>
                <td className={cell}>{tp(`kinds.${r.kind}`)}</td>
                <td className={num}>{r.initiatives}</td>
                <td className={num}>{formatEuro(locale, r.committed)}</td>
                <td className={num}>{r.responsible}</td>
                <td className={num}>{share === null ? t("noneCompleted") : t("share", { percent: percent.format(share), onTime: r.onTime, completed: r.completed })}</td>
                <td className="py-2 text-right tabular-nums">{r.overdue}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
