// Key figures of the council report: initiatives by status and health, progress with its formula
// in words, the year's budget, and milestone punctuality in the quarter. Tables only: every number
// is text, in print as on screen.
import { getTranslations } from "next-intl/server";
import { HealthBadge, StatusBadge } from "@/components/initiatives/badges";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { SimpleTable } from "./simple-table";

function Part({ id, title, note, children }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6 break-inside-avoid">
      <h3 id={id} className="text-lg font-semibold text-brand-900">{title}</h3>
      {note && <p className="mt-1 max-w-3xl text-sm text-slate-700">{note}</p>}
      {children}
    </section>
  );
}

export async function KeyFigures({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  const { byStatus, byHealth, progress, budget, milestones: m, initiativeCount } = report.figures;
  const count = { label: t("col.count"), numeric: true };
  return (
    <section aria-labelledby="cr-figures" className="mt-10">
      <h2 id="cr-figures" className="text-xl font-bold text-brand-900">{t("figures.heading")}</h2>
      <p className="mt-2">{t(report.asOf === "approval" ? "figures.initiativeCountFrozen" : "figures.initiativeCount", { count: initiativeCount })}</p>
      {report.figures.withoutFrozenFigures > 0 && <p className="mt-1" data-testid="without-frozen">{t("figures.withoutFrozen", { count: report.figures.withoutFrozenFigures })}</p>}
      <div className="grid gap-x-10 md:grid-cols-2 print:grid-cols-2">
        <Part id="cr-status" title={t("figures.byStatus")}>
          <SimpleTable locale={report.locale} caption={t("figures.byStatus")} columns={[{ label: t("col.status") }, count]} rows={byStatus.map((s) => ({ key: s.key, cells: [<StatusBadge key="b" status={s.key} />, s.count] }))} />
        </Part>
        <Part id="cr-health" title={t("figures.byHealth")}>
          <SimpleTable locale={report.locale} caption={t("figures.byHealth")} columns={[{ label: t("col.health") }, count]} rows={byHealth.map((h) => ({ key: h.key, cells: [<HealthBadge key="b" health={h.key} />, h.count] }))} />
        </Part>
      </div>
      <Part id="cr-progress" title={t("figures.progress")} note={t("figures.progressFormula")}>
        <SimpleTable locale={report.locale}
          caption={t("figures.progress")}
          columns={[{ label: t("col.field") }, { label: t("col.initiatives"), numeric: true }, { label: t("col.progress"), numeric: true }]}
          rows={[
            ...progress.fields.map((p) => ({ key: p.code, cells: [`${p.code} ${p.title}`, p.initiativeCount, f.percent(p.percent)] })),
            { key: "overall", cells: [<strong key="o">{t("figures.progressOverall")}</strong>, initiativeCount, <strong key="p">{f.percent(progress.overall)}</strong>] },
          ]}
        />
      </Part>
      <div className="grid gap-x-10 md:grid-cols-2 print:grid-cols-2">
        <Part id="cr-budget" title={t("figures.budget", { year: budget.year })} note={t("figures.budgetNote")}>
          <SimpleTable locale={report.locale}
            caption={t("figures.budget", { year: budget.year })}
            columns={[{ label: t("col.item") }, { label: t("col.value"), numeric: true }]}
            rows={[
              { key: "planned", cells: [t("col.planned"), f.money(budget.planned)] },
              { key: "actual", cells: [t("col.actual"), f.money(budget.actual)] },
              { key: "spent", cells: [t("col.spent"), f.percent(budget.percentSpent)] },
            ]}
          />
        </Part>
        <Part id="cr-milestones" title={t("figures.milestones")} note={t("figures.milestonesNote")}>
          <SimpleTable locale={report.locale}
            caption={t("figures.milestones")}
            columns={[{ label: t("col.item") }, { label: t("col.value"), numeric: true }]}
            rows={[
              { key: "due", cells: [t("figures.due"), m.due] },
              { key: "completed", cells: [t("figures.completed"), m.completed] },
              { key: "onTime", cells: [t("figures.onTime"), m.onTime] },
              { key: "late", cells: [t("figures.late"), m.late] },
              { key: "open", cells: [t("figures.open"), m.open] },
              { key: "overdue", cells: [t("figures.overdue"), m.overdue] },
              { key: "punctuality", cells: [t("figures.punctuality"), f.percent(m.punctualityPercent)] },
            ]}
          />
        </Part>
      </div>
    </section>
  );
}
