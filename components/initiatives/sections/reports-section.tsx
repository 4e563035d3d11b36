// Status reports (Sachstandsberichte) section of the internal initiative page: the reports newest
// first with their state (late ones marked); starting a report for an owed quarter, editing and submitting for the
// project lead; approving or returning for the reviewer. Controls appear only where the policy
// allows them — the server actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { ReportCard } from "@/components/reports/report-card";
import { StartReportForm } from "@/components/reports/start-report-form";
import type { ReportActions } from "@/components/reports/types";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getInitiativeReports } from "@/lib/reports/queries";
import {
  approveReport,
  createReportDraft,
  returnReport,
  submitReport,
  updateReport,
} from "@/lib/reports/actions";
import type { SectionProps } from "./section-props";

const actions: ReportActions = { createDraft: createReportDraft, update: updateReport, submit: submitReport, approve: approveReport, returnReport };

export async function ReportsSection({ initiativeId, viewer }: SectionProps) {
  const data = await getInitiativeReports(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("statusReports");
  const { reports, startable, preferred, mayDraft, mayReview, canComment } = data;
  return (
    <CollapsibleSection id="reports" title={t("heading")}>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      {mayReview && !env().fourEyes && <p className="mt-1 max-w-3xl text-sm font-semibold">{t("fourEyes.off")}</p>}
      {startable.length > 0 && (
        <div className="mt-3 grid gap-2 rounded border border-dashed border-slate-300 p-3">
          <p className="text-sm">{t("startHint")}</p>
          <StartReportForm initiativeId={initiativeId} options={startable} preferred={preferred} action={actions.createDraft} />
        </div>
      )}
      {reports.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {reports.map((r) => (
            <li key={r.id}>
              <ReportCard report={r} mayDraft={mayDraft} mayReview={mayReview} actions={actions} viewerId={viewer.id} canComment={canComment} />
            </li>
          ))}
        </ol>
      )}
    </CollapsibleSection>
  );
}
