// The council report's opening: the one h1, what the report covers and when it was made. In print
// it is the title page (the controls between its parts are not printed).
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { periodLabel } from "@/lib/reports/labels";

export async function scopeLabel(scope: CouncilReport["scope"]): Promise<string> {
  const t = await getTranslations("councilReport.scope");
  return scope.kind === "masterplan" ? t("masterplan") : t(scope.kind, { code: scope.code, name: scope.name });
}

export async function ReportTitle({ report }: { report: CouncilReport }) {
  const [t, tAll] = await Promise.all([getTranslations("councilReport"), getTranslations()]);
  const period = periodLabel(tAll, report.quarter);
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 print:mt-24">{t("documentTitle")}</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900 print:text-4xl">{t("heading", { period })}</h1>
      <p className="mt-2 max-w-3xl print:hidden">{t("intro")}</p>
    </>
  );
}

export async function ReportMeta({ report }: { report: CouncilReport }) {
  const [t, tAll] = await Promise.all([getTranslations("councilReport"), getTranslations()]);
  const f = reportFormat(report.locale);
  const period = periodLabel(tAll, report.quarter);
  const rows: [string, string][] = [
    [t("meta.masterplan"), report.masterplan.title],
    [t("meta.period"), t("meta.periodRange", { period, start: f.date(report.quarterStart), end: f.date(report.quarterEnd) })],
    [t("meta.scope"), await scopeLabel(report.scope)],
    [t("meta.generatedOn"), f.date(report.generatedOn)],
  ];
  return (
    <div className="mt-6 print:mt-12 print:break-after-page">
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 max-w-3xl font-semibold">{t("meta.confidential")}</p>
      {report.masterplan.isExample && <p className="mt-2 max-w-3xl">{t("meta.exampleData")}</p>}
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t(report.asOf === "approval" ? "meta.asOfNoteFrozen" : "meta.asOfNote")}</p>
    </div>
  );
}
