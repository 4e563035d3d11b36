// One status report on the initiative page: period, state and health as text, who submitted and
// reviewed it, the review feedback, and — depending on state and on what the viewer may do —
// the editor, the review forms, or the read-only report. Approved reports are locked.
import { getFormatter, getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import { periodLabel } from "@/lib/reports/labels";
import type { Health } from "@/lib/generated/prisma/enums";
import type { InitiativeReport } from "@/lib/reports/queries";
import { canTake } from "@/lib/reports/report-state";
import { PUBLIC_SUMMARY_MAX } from "@/lib/reports/schemas";
import { ReportEditor, type ReportEditorTexts } from "./report-editor";
import { ReportComments } from "./report-comments";
import { LateBadge } from "./late-badge";
import { ReportStateBadge } from "./report-state-badge";
import { ReportView } from "./report-view";
import { ReviewForms } from "./review-forms";
import type { ReportActions } from "./types";

const HEALTH: Health[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];

const pickEditable = ({ id, version, health, summary, achievements, nextSteps, risks, publicSummary }: InitiativeReport) => ({
  id,
  version,
  health,
  summary,
  achievements,
  nextSteps,
  risks,
  publicSummary,
});

export async function ReportCard({
  report,
  mayDraft,
  mayReview,
  actions,
  viewerId,
  canComment,
}: {
  report: InitiativeReport;
  mayDraft: boolean;
  mayReview: boolean;
  actions: ReportActions;
  viewerId: string;
  canComment: boolean;
}) {
  const [t, tAll, tHealth, format] = await Promise.all([getTranslations("statusReports"), getTranslations(), getTranslations("health"), getFormatter()]);
  const label = periodLabel(tAll, report.period);
  const editorTexts: ReportEditorTexts = {
    form: t("editLabel", { period: label }),
    health: t("health"),
    healthHint: t("healthHint"),
    healthOptions: HEALTH.map((h) => ({ value: h, label: tHealth(h) })),
    summary: t("summary"),
    achievements: t("achievements"),
    achievementsHint: t("achievementsHint"),
    nextSteps: t("nextSteps"),
    risks: t("risks"),
    publicSummary: t("publicSummary"),
    publicSummaryHint: t("publicSummaryHint", { max: PUBLIC_SUMMARY_MAX }),
    save: t("save"),
    saveAndSubmit: t("saveAndSubmit"),
    saved: t("saved"),
    submitted: t("submitted"),
  };
  const headingId = `report-${report.id}`;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const editable = mayDraft && canTake("edit", report.state);
  const reviewable = mayReview && canTake("approve", report.state);

  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-200 p-3 sm:p-4">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="mr-2 text-lg font-semibold">{label}</h3>
        <ReportStateBadge state={report.state} />
        {report.late && <LateBadge />}
        <HealthBadge health={report.health} />
      </header>
      <p className="mt-1 text-sm text-slate-700">
        {report.submittedAt && report.submittedBy && <span className="block">{t("submittedBy", { name: report.submittedBy.name, date: when(report.submittedAt) })}</span>}
        {report.reviewedAt && report.reviewedBy && <span className="block">{t("reviewedBy", { name: report.reviewedBy.name, date: when(report.reviewedAt) })}</span>}
      </p>
      {report.reviewComment && report.state !== "APPROVED" && (
        <div className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3">
          <p className="text-sm font-semibold">{t("reviewCommentHeading")}</p>
          <p className="mt-1 whitespace-pre-line break-words">{report.reviewComment}</p>
        </div>
      )}
      {editable ? (
        <ReportEditor report={pickEditable(report)} text={editorTexts} save={actions.update} submit={actions.submit} />
      ) : report.state === "APPROVED" ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
            {t("show")}<span className="sr-only">: {label}</span>
          </summary>
          <p className="mt-2 text-sm">{t("locked")}</p>
          <ReportView report={report} />
        </details>
      ) : (
        <ReportView report={report} />
      )}
      {reviewable && <ReviewForms report={report} periodText={label} approve={actions.approve} returnReport={actions.returnReport} />}
      <ReportComments report={report} periodText={label} viewerId={viewerId} canComment={canComment} />
    </article>
  );
}
