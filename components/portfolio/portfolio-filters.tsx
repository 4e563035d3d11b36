"use client";
// The portfolio's filter panel: search, facet checkboxes with counts, the two flags and the
// grouping. It is a GET form whose field names are the URL parameters, so it works (and links)
// without JavaScript; with JavaScript every change applies at once and the form never submits.
import { useTranslations } from "next-intl";
import type { PortfolioFacetOptions } from "@/lib/portfolio/row";
import { FACETS, GROUP_BYS, type Facet, type GroupBy, type PortfolioTableState } from "@/lib/portfolio/table-state";
import { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";

type Option = { value: string; label: string };

const control = "rounded border border-slate-400 px-2 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function PortfolioFilters({
  state,
  options,
  counts,
  onChange,
}: {
  state: PortfolioTableState;
  options: PortfolioFacetOptions;
  counts: Record<Facet, Map<string, number>>;
  onChange: (patch: Partial<PortfolioTableState>) => void;
}) {
  const t = useTranslations("portfolio");
  const tStatus = useTranslations("status");
  const tHealth = useTranslations("health");
  const choices: Record<Facet, Option[]> = {
    field: options.fields,
    dept: options.departments.map((d) => ({ value: d.value, label: `${d.value} – ${d.label}` })),
    status: Object.values(InitiativeStatus).map((s) => ({ value: s, label: tStatus(s) })),
    health: Object.values(Health).map((h) => ({ value: h, label: tHealth(h) })),
    partner: options.partners,
    district: options.districts,
  };
  const toggle = (facet: Facet, value: string, on: boolean) => {
    const current = state[facet] as string[];
    onChange({ [facet]: on ? [...current, value] : current.filter((v) => v !== value) } as Partial<PortfolioTableState>);
  };
  return (
    <form
      method="get"
      action="/app/portfolio"
      aria-label={t("filters")}
      className="mt-6 space-y-4 print:hidden"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col text-sm">
          <label htmlFor="portfolio-search" className="font-semibold">{t("search")}</label>
          <input
            id="portfolio-search"
            type="search"
            name="q"
            value={state.q}
            onChange={(e) => onChange({ q: e.target.value })}
            aria-describedby="portfolio-search-hint"
            className={`${control} mt-1 w-72`}
          />
          <span id="portfolio-search-hint" className="mt-1 text-xs text-slate-700">{t("searchHint")}</span>
        </div>
        <label className="flex flex-col text-sm font-semibold">
          {t("groupBy")}
          <select name="group" value={state.group ?? ""} onChange={(e) => onChange({ group: (e.target.value || null) as GroupBy | null })} className={`${control} mt-1 font-normal`}>
            <option value="">{t("groupNone")}</option>
            {GROUP_BYS.map((g) => (
              <option key={g} value={g}>{t(`group.${g}`)}</option>
            ))}
          </select>
        </label>
        <fieldset className="text-sm">
          <legend className="font-semibold">{t("flags")}</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="stale" value="1" checked={state.stale} onChange={(e) => onChange({ stale: e.target.checked })} className="size-4" />
            {t("staleOnly")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="overdue" value="1" checked={state.overdue} onChange={(e) => onChange({ overdue: e.target.checked })} className="size-4" />
            {t("overdueOnly")}
          </label>
        </fieldset>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            legend={t(`facet.${facet}`)}
            options={choices[facet]}
            selected={state[facet] as string[]}
            counts={counts[facet]}
            collapsible={facet === "partner" || facet === "district"}
            onToggle={toggle}
          />
        ))}
      </div>
      {/* Without JavaScript the form submits; these keep the sort, columns and page size. */}
      {state.sort && <input type="hidden" name="sort" value={`${state.sort.id}.${state.sort.desc ? "desc" : "asc"}`} />}
      <input type="hidden" name="cols" value={state.cols.join(",")} />
      <input type="hidden" name="size" value={state.size} />
      <noscript>
        <button type="submit" className={control}>{t("filters")}</button>
      </noscript>
    </form>
  );
}

function FacetGroup({
  facet,
  legend,
  options,
  selected,
  counts,
  collapsible,
  onToggle,
}: {
  facet: Facet;
  legend: string;
  options: Option[];
  selected: string[];
  counts: Map<string, number>;
  collapsible: boolean;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
}) {
  const t = useTranslations("portfolio");
  const boxes = (
    <fieldset className="text-sm">
      <legend className="font-semibold">{legend}</legend>
      <ul className={`mt-1 space-y-0.5 ${collapsible ? "max-h-48 overflow-y-auto pr-2" : ""}`}>
        {options.map((o) => {
          const count = counts.get(o.value) ?? 0;
          const checked = selected.includes(o.value);
          return (
            <li key={o.value}>
              <label className={`flex items-center gap-2 ${count === 0 && !checked ? "text-slate-600" : ""}`}>
                <input type="checkbox" name={facet} value={o.value} checked={checked} onChange={(e) => onToggle(facet, o.value, e.target.checked)} className="size-4" />
                {t("facetOption", { label: o.label, count })}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
  if (!collapsible) return boxes;
  return (
    <details open={selected.length > 0} className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-sm font-semibold">
        {legend}
        {selected.length > 0 ? ` (${selected.length})` : ""}
      </summary>
      {boxes}
    </details>
  );
}
