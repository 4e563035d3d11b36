// A status report read-only: for approved (locked) reports, for submitted ones, and for readers
// who may not edit. Texts keep the author's line breaks.
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/initiatives/badges";
import type { InitiativeReport } from "@/lib/reports/queries";

const TEXTS = ["summary", "achievements", "nextSteps", "risks", "publicSummary"] as const;

export async function ReportView({ report }: { report: InitiativeReport }) {
  const t = await getTranslations("statusReports");
  return (
    <dl className="mt-3 grid gap-3">
      <div>
        <dt className="text-sm font-semibold">{t("health")}</dt>
        <dd className="mt-1"><HealthBadge health={report.health} /></dd>
      </div>
      {TEXTS.map((key) => (
        <div key={key}>
          <dt className="text-sm font-semibold">{t(key)}</dt>
          <dd className="mt-1 whitespace-pre-line break-words">{report[key] || t("empty")}</dd>
        </div>
      ))}
    </dl>
  );
}
