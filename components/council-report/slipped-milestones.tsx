// Milestones whose forecast moved later during the quarter: old and new date and the reason.
import { getTranslations } from "next-intl/server";
import type { CouncilReport } from "@/lib/council-report/build";
import { reportFormat } from "@/lib/council-report/format";
import { SimpleTable } from "./simple-table";

export async function SlippedMilestones({ report }: { report: CouncilReport }) {
  const t = await getTranslations("councilReport");
  const f = reportFormat(report.locale);
  return (
    <section aria-labelledby="cr-slips" className="mt-12 print:break-before-page">
      <h2 id="cr-slips" className="text-xl font-bold text-brand-900">{t("slips.heading")}</h2>
      <p className="mt-2 max-w-3xl">{t("slips.intro")}</p>
      {report.slips.length === 0 ? (
        <p className="mt-3">{t("slips.none")}</p>
      ) : (
        <SimpleTable locale={report.locale}
          caption={t("slips.heading")}
          columns={[
            { label: t("col.initiative") },
            { label: t("col.milestone") },
            { label: t("col.reportedOn") },
            { label: t("col.oldDate") },
            { label: t("col.newDate") },
            { label: t("col.reason") },
          ]}
          rows={report.slips.map((s, i) => ({
            key: `${s.initiativeCode}-${i}`,
            cells: [
              <span key="i"><span className="font-mono">{s.initiativeCode}</span> {s.initiativeTitle}</span>,
              s.milestoneTitle,
              f.date(s.reportedOn),
              f.date(s.oldDate),
              f.date(s.newDate),
              s.reason,
            ],
          }))}
        />
      )}
    </section>
  );
}
