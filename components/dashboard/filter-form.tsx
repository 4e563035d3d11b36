// The dashboard's filters as a plain GET form, so every view is a shareable URL and works
// without JavaScript. Lists in the URL ("field=VER,MOB") are honoured; the form offers one value
// per filter.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import type { DashboardFilters, DashboardOptions } from "@/lib/dashboard/queries";

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

function Choice({ name, label, all, value, options }: { name: string; label: string; all: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={`dashboard-filter-${name}`} className="block text-sm font-medium">{label}</label>
      <select id={`dashboard-filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

export async function DashboardFilterForm({ filters, options }: { filters: DashboardFilters; options: DashboardOptions }) {
  const t = await getTranslations("dashboard.filters");
  const all = t("all");
  return (
    <section aria-labelledby="dashboard-filters" className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="dashboard-filters" className="text-base font-semibold text-brand-900">{t("heading")}</h2>
      <form method="get" action="/app/dashboard" className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Choice name="field" label={t("field")} all={all} value={filters.fields[0]} options={options.fields.map((f) => ({ value: f.code, label: f.title }))} />
        <Choice name="dept" label={t("dept")} all={all} value={filters.depts[0]} options={options.depts.map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))} />
        <Choice name="partner" label={t("partner")} all={all} value={filters.partners[0]} options={options.partners.map((p) => ({ value: p.slug, label: p.name }))} />
        <Choice name="district" label={t("district")} all={all} value={filters.districts[0]} options={options.districts.map((d) => ({ value: d.slug, label: d.name }))} />
        <div>
          <label htmlFor="dashboard-filter-period" className="block text-sm font-medium">{t("period")}</label>
          <input
            id="dashboard-filter-period"
            name="period"
            type="text"
            inputMode="text"
            defaultValue={filters.period?.text ?? ""}
            pattern="\d{4}(-Q[1-4])?"
            aria-describedby="dashboard-filter-period-hint"
            className={control}
          />
          <p id="dashboard-filter-period-hint" className="mt-1 text-xs text-slate-700">{t("periodHint")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2">
            {t("apply")}
          </button>
          <Link href="/app/dashboard" className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900">{t("reset")}</Link>
        </div>
      </form>
    </section>
  );
}
