// The public milestones of an initiative: first plan (baseline), current forecast or completion,
// and the slip; then every published date change with its reason (never who reported it).
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicInitiative } from "@/lib/public/initiative-queries";

const DAY = 86_400_000;

export async function InitiativeMilestones({ milestones }: { milestones: PublicInitiative["milestones"] }) {
  const t = await getTranslations("initiative");
  const tp = await getTranslations("publicInitiative");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const changed = milestones.filter((m) => m.changes.length > 0);
  return (
    <section aria-labelledby="milestones-heading" className="mt-8">
      <h2 id="milestones-heading" className="text-xl font-semibold">{t("milestones")}</h2>
      {milestones.length === 0 ? (
        <p className="mt-2">{t("noMilestones")}</p>
      ) : (
        <>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t("milestones")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("milestoneTitle")}</th>
                  <th scope="col" className="py-2 pr-3">{t("baseline")}</th>
                  <th scope="col" className="py-2 pr-3">{t("forecast")}</th>
                  <th scope="col" className="py-2 pr-3">{t("completed")}</th>
                  <th scope="col" className="py-2">{t("slip")}</th>
                </tr>
              </thead>
              <tbody>
                {milestones.map((m, i) => {
                  const end = m.completedDate ?? m.forecastDate;
                  const slip = Math.round((end.getTime() - m.baselineDate.getTime()) / DAY);
                  return (
                    <tr key={i} className="border-b border-slate-100 align-top">
                      <th scope="row" lang="de" className="py-2 pr-3 font-normal">{m.title}</th>
                      <td className="py-2 pr-3">{date(m.baselineDate)}</td>
                      <td className="py-2 pr-3">{date(m.forecastDate)}</td>
                      <td className="py-2 pr-3">{m.completedDate ? date(m.completedDate) : t("notDone")}</td>
                      <td className="py-2">{slip > 0 ? `+${t("slipDays", { days: slip })}` : t("slipDays", { days: Math.max(0, slip) })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3 className="mt-6 text-lg font-semibold">{tp("changesHeading")}</h3>
          {changed.length === 0 ? (
            <p className="mt-2">{tp("noChanges")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-700">{tp("changesIntro")}</p>
              <ul className="mt-2 space-y-3">
                {changed.map((m, i) => (
                  <li key={i}>
                    <p className="font-medium" lang="de">{m.title}</p>
                    <ol aria-label={tp("changesOf", { title: m.title })} className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3 text-sm">
                      {m.changes.map((c, j) => (
                        <li key={j}>
                          {tp("changeItem", { reportedAt: date(c.reportedAt), forecast: date(c.forecastDate) })}:{" "}
                          <span lang="de">{c.reason}</span>
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
