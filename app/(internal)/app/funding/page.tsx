// Funding: planned vs actual budget by funding source, by programme, by year and by field of action, rolled up
// to the masterplan, filtered by year and field through a GET form. Every signed-in user may read it.
import { getLocale, getTranslations } from "next-intl/server";
import { FundingFigure } from "@/components/funding/funding-figure";
import { FundingFilterForm } from "@/components/funding/funding-filter-form";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatEuro } from "@/lib/funding/format";
import { getFundingOverview, parseFundingFilters, utilisation } from "@/lib/funding/queries";
import { PageHeading } from "@/components/layout/page-heading";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FundingPage({ searchParams }: Props) {
  const user = await requireUser("/app/funding");
  const filters = parseFundingFilters(await searchParams);
  const o = await getFundingOverview(await db(), user, filters);
  const [t, tb, locale] = await Promise.all([getTranslations("funding"), getTranslations("budget"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const spent = utilisation(o.total);
  const fieldTitle = o.options.fields.find((f) => f.code === filters.field);
  const selection = t("selection", { year: filters.year === null ? t("allYears") : String(filters.year), field: fieldTitle ? `${fieldTitle.code} – ${fieldTitle.title}` : t("allFields") });
  const empty = o.bySource.length === 0;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <FundingFilterForm filters={filters} options={o.options} />
      <section aria-labelledby="funding-total-heading" className="mt-6">
        <h2 id="funding-total-heading" className="text-xl font-semibold">{t("totalHeading")}</h2>
        <p className="mt-1 text-sm text-slate-700" data-testid="funding-selection">{selection}</p>
        <dl className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="funding-total">
          <div className="rounded bg-slate-50 p-2"><dt className="text-sm font-semibold">{t("planned")}</dt><dd className="text-lg tabular-nums">{formatEuro(locale, o.total.planned)}</dd></div>
          <div className="rounded bg-slate-50 p-2"><dt className="text-sm font-semibold">{t("actual")}</dt><dd className="text-lg tabular-nums">{formatEuro(locale, o.total.actual)}</dd></div>
          <div className="rounded bg-slate-50 p-2"><dt className="text-sm font-semibold">{t("utilisation")}</dt><dd className="text-lg tabular-nums">{spent === null ? t("noUtilisation") : percent.format(spent)}</dd></div>
        </dl>
      </section>
      {empty ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <section aria-labelledby="funding-breakdown-heading" className="mt-8 space-y-6">
          <h2 id="funding-breakdown-heading" className="text-xl font-semibold">{t("breakdownHeading")}</h2>
          {[
            { by: "Source", label: t("colSource"), rows: o.bySource.map((r) => ({ key: tb(`source.${r.source}`), label: tb(`source.${r.source}`), planned: r.planned, actual: r.actual })) },
            {
              by: "Programme",
              label: t("colProgramme"),
              // Programme names are unique, and so is each level's "without programme": the label is the key (and the bar's name).
              rows: o.byProgramme.map((r) => {
                const name = r.programme ?? t("withoutProgramme", { level: tb(`source.${r.source}`) });
                return { key: name, label: name, planned: r.planned, actual: r.actual };
              }),
            },
            { by: "Year", label: t("colYear"), rows: o.byYear.map((r) => ({ key: String(r.year), label: String(r.year), planned: r.planned, actual: r.actual })) },
            { by: "Field", label: t("colField"), rows: o.byField.map((r) => ({ key: r.code, label: `${r.code} – ${r.title}`, planned: r.planned, actual: r.actual })) },
          ].map(({ by, label, rows }) => (
            <FundingFigure
              key={by}
              id={`funding-by-${by.toLowerCase()}`}
              title={t(`by${by}Title`)}
              description={t(`by${by}Description`)}
              caption={t(`by${by}Caption`)}
              labelHeader={label}
              rows={rows}
              total={o.total}
            />
          ))}
        </section>
      )}
    </>
  );
}
