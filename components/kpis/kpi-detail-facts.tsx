// The KPI's key figures: whom it belongs to (with a link), baseline, latest measurement and target
// with their dates, direction, value type, visibility, and how it is measured.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { KpiDetail } from "@/lib/kpis/queries";
import type { KpiFormat } from "./kpi-detail-format";

export async function KpiDetailOwner({ kpi }: { kpi: KpiDetail }) {
  const t = await getTranslations("kpiDetail.owner");
  const o = kpi.owner;
  if (!o) return null;
  const label = o.scope === "MASTERPLAN" ? t("MASTERPLAN", { title: o.title }) : t(o.scope, { code: o.code, title: o.title });
  const link = o.scope === "MASTERPLAN" ? t("linkMasterplan") : o.scope === "FIELD_OF_ACTION" ? t("linkField", { code: o.code }) : t("linkInitiative", { code: o.code });
  return (
    <p className="mt-2">
      {label} · <Link href={o.href} className="text-brand-700 underline underline-offset-2" data-testid="kpi-owner-link">{link}</Link>
    </p>
  );
}

export async function KpiDetailFacts({ kpi, f }: { kpi: KpiDetail; f: KpiFormat }) {
  const t = await getTranslations("kpiDetail");
  const tk = await getTranslations("kpis");
  const latest = kpi.measurements[kpi.measurements.length - 1];
  const box = "rounded bg-slate-50 p-2";
  return (
    <section aria-labelledby="kpi-facts-heading" className="mt-6">
      <h2 id="kpi-facts-heading" className="text-xl font-semibold">{t("facts")}</h2>
      <dl className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className={box}>
          <dt className="text-sm font-semibold">{tk("baseline")}</dt>
          <dd className="text-lg tabular-nums">{f.value(kpi.baselineValue)}</dd>
          <dd className="text-sm text-slate-700">{tk("asOf", { date: f.date(kpi.plan.baseline.date) })}</dd>
        </div>
        <div className="rounded bg-brand-50 p-2">
          <dt className="text-sm font-semibold">{tk("latest")}</dt>
          {latest ? (
            <>
              <dd className="text-lg font-semibold tabular-nums">{f.value(latest.value)}</dd>
              <dd className="text-sm text-slate-700">{tk("asOf", { date: f.date(latest.date) })}</dd>
            </>
          ) : (
            <dd className="text-slate-700">{t("latestNone")}</dd>
          )}
        </div>
        <div className={box}>
          <dt className="text-sm font-semibold">{tk("target")}</dt>
          <dd className="text-lg tabular-nums">{f.value(kpi.targetValue)}</dd>
          <dd className="text-sm text-slate-700">{tk("until", { date: f.date(kpi.plan.target.date) })}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        {t("unit", { unit: kpi.unit })} · {tk(`valueType.${kpi.valueType}`)} · <span aria-hidden="true">{kpi.direction === "HIGHER_IS_BETTER" ? "↑" : "↓"}</span>{" "}
        {tk(`direction.${kpi.direction}`)} · {kpi.isPublic ? tk("public") : tk("internal")} · {tk(`frequency.${kpi.frequency}`)} ·{" "}
        <span className={kpi.nextDue.due ? "font-semibold text-red-800" : undefined}>
          {tk(kpi.nextDue.due ? "dueSince" : "dueOn", { date: f.date(kpi.nextDue.date) })}
        </span>
      </p>
      {(kpi.description || kpi.method || kpi.source) && (
        <dl className="mt-3 grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
          {kpi.description && <div><dt className="font-semibold">{t("aboutHeading")}</dt><dd className="whitespace-pre-line">{kpi.description}</dd></div>}
          {kpi.method && <div><dt className="font-semibold">{tk("method")}</dt><dd className="whitespace-pre-line">{kpi.method}</dd></div>}
          {kpi.source && <div><dt className="font-semibold">{tk("source")}</dt><dd>{kpi.source}</dd></div>}
        </dl>
      )}
    </section>
  );
}
