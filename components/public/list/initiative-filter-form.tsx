// Search and filters of the initiatives list as a plain GET form: works without JavaScript and
// every result has a shareable address. Submitting starts again at page 1 (no page field).
// The two yes/no filters (only ongoing, only late) are checkboxes sending "1".
import { getLocale, getTranslations } from "next-intl/server";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/config";
import { contentText } from "@/lib/i18n/content";
import type { ListFilterOptions, ListFilters } from "@/lib/public/list-queries";

const control = "mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900";
const labelClass = "block text-sm font-semibold text-slate-800";

export async function InitiativeFilterForm({ action, filters, options }: { action: string; filters: ListFilters; options: ListFilterOptions }) {
  const t = await getTranslations("publicList");
  const tStatus = await getTranslations("status");
  const tHealth = await getTranslations("health");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "de";
  const select = (name: keyof ListFilters, label: string, choices: { value: string; label: string; lang?: string }[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className={labelClass}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={String(filters[name] ?? "")} className={control}>
        <option value="">{t("any")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>{c.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="filter-heading" className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="filter-heading" className="text-lg font-semibold">{t("filterHeading")}</h2>
      <form method="get" action={action} role="search" aria-labelledby="filter-heading" className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="filter-q" className={labelClass}>{t("search")}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="filter-q-hint" className={control} />
          <p id="filter-q-hint" className="mt-1 text-xs text-slate-700">{t("searchHint")}</p>
        </div>
        {select("field", t("field"), options.fields.map((f) => {
          const title = contentText(locale, f.title, f.titleEn);
          return { value: f.slug, label: `${f.code} · ${title.text}`, lang: title.lang };
        }))}
        {select("status", t("status"), Object.values(InitiativeStatus).map((s) => ({ value: s, label: tStatus(s) })))}
        {select("health", t("health"), Object.values(Health).map((h) => ({ value: h, label: tHealth(h) })))}
        {select("district", t("district"), options.districts.map((d) => ({ value: d.slug, label: d.name })))}
        {select("partner", t("partner"), options.partners.map((p) => ({ value: p.slug, label: p.name })))}
        <fieldset className="sm:col-span-2 lg:col-span-3">
          <legend className={labelClass}>{t("moreFilters")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {(["late", "active"] as const).map((name) => (
              <div key={name} className="flex items-center gap-2">
                <input id={`filter-${name}`} type="checkbox" name={name} value="1" defaultChecked={filters[name] === true} className="h-4 w-4 rounded border-slate-500" />
                <label htmlFor={`filter-${name}`} className="text-sm text-slate-900">{t(name)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="flex items-end gap-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
            {t("apply")}
          </button>
          <a href={action} className="text-sm text-brand-700 underline underline-offset-2">{t("reset")}</a>
        </div>
      </form>
    </section>
  );
}
