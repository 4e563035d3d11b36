// The roadmap's filters as a plain GET form (works without JavaScript; the URL is shareable). It
// sends the portfolio table's parameter names; repeated values (field=VER&field=MOB) are read the
// same as comma-separated ones. Long lists fold away and open when something in them is chosen.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/translations";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import type { RoadmapFilterOptions, RoadmapFilters } from "@/lib/roadmap/queries";

type Option = { value: string; label: string };

async function CheckboxGroup({ name, legend, options, selected, fold }: { name: string; legend: string; options: Option[]; selected: string[]; fold: boolean }) {
  const t = await getTranslations("roadmap");
  const boxes = (
    <fieldset className="mt-1">
      <legend className={fold ? "sr-only" : "text-sm font-semibold"}>{legend}</legend>
      <ul className="mt-1 space-y-0.5 text-sm">
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-start gap-2">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} className="mt-1" />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
  if (!fold) return <div>{boxes}</div>;
  return (
    <details open={selected.length > 0}>
      <summary className="cursor-pointer text-sm font-semibold">
        {legend} <span className="font-normal">({t("selectedCount", { count: selected.length })})</span>
      </summary>
      {boxes}
    </details>
  );
}

export async function RoadmapFilterForm({ filters, options, portfolioHref }: { filters: RoadmapFilters; options: RoadmapFilterOptions; portfolioHref: string }) {
  const t = await getTranslations("roadmap");
  const ts = await getTranslations("status");
  const th = await getTranslations("health");
  return (
    <section aria-labelledby="roadmap-filter-heading" className="mt-6 rounded border border-slate-200 p-4 print:hidden">
      <h2 id="roadmap-filter-heading" className="text-lg font-semibold">{t("filterHeading")}</h2>
      <form method="get" action="/app/roadmap" className="mt-2">
        <div className="grid gap-4 md:grid-cols-3">
          <div>
            <label htmlFor="roadmap-q" className="block text-sm font-semibold">{t("search")}</label>
            <input id="roadmap-q" name="q" type="search" defaultValue={filters.q} aria-describedby="roadmap-q-hint" className="mt-1 w-full rounded border border-slate-500 px-2 py-1" />
            <p id="roadmap-q-hint" className="mt-1 text-xs text-slate-700">{t("searchHint")}</p>
          </div>
          <CheckboxGroup name="field" legend={t("fields")} fold={false} selected={filters.field} options={options.fields.map((f) => ({ value: f.code, label: `${f.title} (${f.code})` }))} />
          <div className="space-y-3">
            <CheckboxGroup name="status" legend={t("status")} fold selected={filters.status} options={Object.values(InitiativeStatus).map((s) => ({ value: s, label: ts(s) }))} />
            <CheckboxGroup name="health" legend={t("health")} fold selected={filters.health} options={Object.values(Health).map((h) => ({ value: h, label: th(h) }))} />
            <CheckboxGroup name="dept" legend={t("departments")} fold selected={filters.dept} options={options.departments.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))} />
            <CheckboxGroup name="partner" legend={t("partners")} fold selected={filters.partner} options={options.partners.map((p) => ({ value: p.slug, label: p.name }))} />
            <CheckboxGroup name="district" legend={t("districts")} fold selected={filters.district} options={options.districts.map((d) => ({ value: d.slug, label: d.name }))} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t("apply")}</button>
          <Link href="/app/roadmap" className="text-brand-700 underline underline-offset-2">{t("reset")}</Link>
          <Link href={portfolioHref} className="text-brand-700 underline underline-offset-2">{t("openInPortfolio")}</Link>
        </div>
      </form>
    </section>
  );
}
