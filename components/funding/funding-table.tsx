// The numbers behind a funding chart: planned, actual and the share spent per row, with the total
// of the selection (the masterplan roll-up) in the footer. Exact amounts in the reader's locale.
import { getLocale, getTranslations } from "next-intl/server";
import { formatEuro } from "@/lib/funding/format";
import { utilisation, type Sums } from "@/lib/funding/queries";

export type FundingTableRow = Sums & { key: string; label: string };

export async function FundingTable({ caption, labelHeader, rows, total, testId }: { caption: string; labelHeader: string; rows: FundingTableRow[]; total: Sums; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const share = (s: Sums) => {
    const u = utilisation(s);
    return u === null ? t("noUtilisation") : percent.format(u);
  };
  const cell = "py-1 pr-3";
  const num = `${cell} text-right tabular-nums`;
  return (
    <table className="w-full min-w-[32rem] text-left text-sm" data-testid={testId}>
      <caption className="text-left text-sm font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className={cell}>{labelHeader}</th>
          <th scope="col" className={`${cell} text-right`}>{t("colPlanned")}</th>
          <th scope="col" className={`${cell} text-right`}>{t("colActual")}</th>
          <th scope="col" className="py-1 text-right">{t("colUtilisation")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100">
            <th scope="row" className={`${cell} font-normal`}>{r.label}</th>
            <td className={num}>{formatEuro(locale, r.planned)}</td>
            <td className={num}>{formatEuro(locale, r.actual)}</td>
            <td className="py-1 text-right tabular-nums">{share(r)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-400 font-bold">
          <th scope="row" className={cell}>{t("total")}</th>
          <td className={num}>{formatEuro(locale, total.planned)}</td>
          <td className={num}>{formatEuro(locale, total.actual)}</td>
          <td className="py-1 text-right tabular-nums">{share(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
