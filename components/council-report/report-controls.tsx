// The council report's controls (not printed): a GET form choosing quarter and scope, so every
// report has a shareable address, the PDF download of exactly this report, and a print button.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { periodLabel } from "@/lib/reports/labels";
import { PrintButton } from "./print-button";

export async function ReportControls({ report }: { report: CouncilReport }) {
  const [t, tAll] = await Promise.all([getTranslations("councilReport"), getTranslations()]);
  const pdfHref = `/app/council-report/pdf?${new URLSearchParams({ quarter: report.quarter, scope: report.scope.param, lang: report.locale })}`;
  const control = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5";
  return (
    <div className="mt-6 rounded border border-slate-200 bg-slate-50 p-4 print:hidden">
      <form method="get" action="/app/council-report">
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{t("form.legend")}</legend>
          <label className="text-sm">
            {t("form.quarter")}
            <select name="quarter" defaultValue={report.quarter} className={control}>
              {report.options.quarters.map((q) => (
                <option key={q} value={q}>{periodLabel(tAll, q)}</option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("form.scope")}
            <select name="scope" defaultValue={report.scope.param} className={control}>
              <option value="masterplan">{t("scope.masterplan")}</option>
              <optgroup label={t("form.fieldsGroup")}>
                {report.options.fields.map((f) => (
                  <option key={f.code} value={`field:${f.code}`}>{t("scope.field", { code: f.code, name: f.title })}</option>
                ))}
              </optgroup>
              <optgroup label={t("form.departmentsGroup")}>
                {report.options.departments.map((d) => (
                  <option key={d.code} value={`department:${d.code}`}>{t("scope.department", { code: d.code, name: d.name })}</option>
                ))}
              </optgroup>
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">{t("form.submit")}</button>
        </fieldset>
      </form>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <a href={pdfHref} download className="text-brand-700 underline underline-offset-2 hover:text-brand-900" data-testid="council-report-pdf">
          {t("form.downloadPdf")}
        </a>
        <PrintButton label={t("form.print")} />
      </p>
    </div>
  );
}
