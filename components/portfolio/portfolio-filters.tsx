"use client";
// The portfolio's filter bar: search and grouping in one line, the facet checkboxes (with counts)
// and the two flags folded behind "Filter (3)", the number of active filters. It is a GET form whose
// field names are the URL parameters, so it works (and links) without JavaScript; with JavaScript
// every change applies at once (the search after a short pause in typing) and the form never submits.
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState, type ReactNode } from "react";
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
  children,
}: {
  state: PortfolioTableState;
  options: PortfolioFacetOptions;
  counts: Record<Facet, Record<string, number>>;
  onChange: (patch: Partial<PortfolioTableState>) => void;
  /** Further controls of the bar (the column choice), after the filters. */
  children?: ReactNode;
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
  // The search box keeps its own text while typing; the URL (and the server's rows) follow after a
  // pause. A search changed from elsewhere (reset, browser history) replaces the text.
  const [q, setQ] = useState(state.q);
  const [sentQ, setSentQ] = useState(state.q);
  const [serverQ, setServerQ] = useState(state.q);
  if (state.q !== serverQ) {
    setServerQ(state.q);
    if (state.q !== sentQ) {
      setQ(state.q);
      setSentQ(state.q);
    }
  }
  const search = useEffectEvent((text: string) => {
    setSentQ(text);
    onChange({ q: text });
  });
  useEffect(() => {
    if (q.trim() === sentQ.trim()) return;
    const timer = setTimeout(() => search(q), 300);
    return () => clearTimeout(timer);
  }, [q, sentQ]);

  const active = FACETS.reduce((n, f) => n + state[f].length, 0) + (state.stale ? 1 : 0) + (state.overdue ? 1 : 0);
  const reset = () => onChange({ ...Object.fromEntries(FACETS.map((f) => [f, []])), stale: false, overdue: false } as Partial<PortfolioTableState>);
  const toggle = (facet: Facet, value: string, on: boolean) => {
    const current = state[facet] as string[];
    onChange({ [facet]: on ? [...current, value] : current.filter((v) => v !== value) } as Partial<PortfolioTableState>);
  };
  return (
    <form
      method="get"
      action="/app/portfolio"
      aria-label={t("filters")}
      className="mt-6 print:hidden"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="flex w-full flex-col text-sm sm:w-auto">
          <label htmlFor="portfolio-search" className="font-semibold">{t("search")}</label>
          <input
            id="portfolio-search"
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="portfolio-search-hint"
            className={`${control} mt-1 w-full sm:w-72`}
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
        {active > 0 && (
          <button type="button" onClick={reset} className={`${control} text-sm`}>
            {t("resetFilters")}
          </button>
        )}
        <details className="group/filters text-sm open:basis-full">
          <summary className={`${control} inline-block cursor-pointer font-semibold select-none ${active > 0 ? "border-brand-700 bg-brand-50 text-brand-900" : ""}`}>
            {t("filterSummary", { count: active })}
          </summary>
          <div className="mt-3 grid gap-4 rounded border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-4">
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
        </details>
        {children}
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
  counts: Record<string, number>;
  collapsible: boolean;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
}) {
  const t = useTranslations("portfolio");
  const boxes = (
    <fieldset className="text-sm">
      <legend className="font-semibold">{legend}</legend>
      <ul className={`mt-1 space-y-0.5 ${collapsible ? "max-h-48 overflow-y-auto pr-2" : ""}`}>
        {options.map((o) => {
          const count = counts[o.value] ?? 0;
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
