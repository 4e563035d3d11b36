// Under an initiative's health in the public lists: how many of its public milestones are overdue
// (in words, never colour alone) and the day of its last update ("Stand").
import { getFormatter, getTranslations } from "next-intl/server";
import { dateValue } from "@/lib/dates";

export async function LatenessNote({ overdueMilestones, lastUpdated }: { overdueMilestones: number; lastUpdated: string | null }) {
  const t = await getTranslations("publicList");
  const format = await getFormatter();
  return (
    <>
      {overdueMilestones > 0 && (
        <span className="mt-1 block font-semibold text-red-900" data-testid="overdue-count">{t("overdueCount", { count: overdueMilestones })}</span>
      )}
      {lastUpdated && (
        <span className="mt-1 block whitespace-nowrap text-slate-700">
          {t.rich("asOf", {
            date: format.dateTime(dateValue(lastUpdated), { dateStyle: "medium", timeZone: "UTC" }),
            time: (chunks) => <time dateTime={lastUpdated}>{chunks}</time>,
          })}
        </span>
      )}
    </>
  );
}
