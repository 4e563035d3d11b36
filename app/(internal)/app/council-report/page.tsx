// The quarterly council report (Ratsbericht): key figures, the quarter's approved status reports
// by field of action, slipped milestones and KPI attainment for one quarter and scope, chosen by a
// GET form. Prints as an A4 document; the same report downloads as a PDF. Council members,
// department heads and admins only (report.export).
import "@/components/council-report/council-report-print.css";
import { getLocale, getTranslations } from "next-intl/server";
import { CouncilReportView } from "@/components/council-report/council-report-view";
import { ReportControls } from "@/components/council-report/report-controls";
import { requirePermission } from "@/lib/auth/session";
import { buildCouncilReport } from "@/lib/council-report/build";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { translateFieldErrors } from "@/lib/i18n/validation";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function CouncilReportPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission("report.export", "/app/council-report");
  const params = await searchParams;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const database = await db();
  let problems: string[] = [];
  let report;
  try {
    report = await buildCouncilReport(database, viewer, { quarter: one(params.quarter), scope: one(params.scope) }, locale);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    // A hand-edited address: say what is wrong and offer the form with the default report's choices.
    problems = Object.values(translateFieldErrors(e.details?.fieldErrors, locale) ?? {}).flat();
    report = await buildCouncilReport(database, viewer, {}, locale);
  }
  const t = await getTranslations("councilReport");
  if (problems.length > 0) {
    return (
      <div className="council-report">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <div role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">{t("errors.heading")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </div>
        <ReportControls report={report} />
      </div>
    );
  }
  return <CouncilReportView report={report} />;
}
