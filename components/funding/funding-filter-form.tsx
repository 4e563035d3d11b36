// The funding view's filters as a GET form (year, field of action), so every selection has a
// shareable URL and works without JavaScript.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FundingFilters, FundingOverview } from "@/lib/funding/queries";

export async function FundingFilterForm({ filters, options }: { filters: FundingFilters; options: FundingOverview["options"] }) {
  const t = await getTranslations("funding");
  const control = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700";
  return (
    <form method="get" action="/app/funding" aria-label={t("filters")} className="mt-4 flex flex-wrap items-end gap-4 rounded border border-slate-200 p-3" data-testid="funding-filters">
      <div>
        <label htmlFor="funding-year" className="text-sm font-semibold">{t("year")}</label>
        <select id="funding-year" name="year" defaultValue={filters.year ?? ""} className={control}>
          <option value="">{t("allYears")}</option>
          {options.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="funding-field" className="text-sm font-semibold">{t("field")}</label>
        <select id="funding-field" name="field" defaultValue={filters.field ?? ""} className={control}>
          <option value="">{t("allFields")}</option>
          {options.fields.map((f) => <option key={f.code} value={f.code}>{f.code} – {f.title}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700">
        {t("apply")}
      </button>
      {(filters.year !== null || filters.field !== null) && (
        <Link href="/app/funding" className="text-sm text-brand-700 underline underline-offset-2">{t("reset")}</Link>
      )}
    </form>
  );
}
