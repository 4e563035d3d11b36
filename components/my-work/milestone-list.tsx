// Open milestones with how late or how soon they are, each linking to its initiative's milestones
// and, where the viewer may edit it, with the initiative page's own "mark done" and "move
// forecast" forms inline. Overdue is said in words, not by colour alone.
import { getTranslations } from "next-intl/server";
import { MilestoneStatusControls } from "@/components/milestones/milestone-status-controls";
import type { WorkMilestone } from "@/lib/my-work/queries";
import { dayFormatter, InitiativeLink, NothingDue, ShownOf } from "./parts";
import type { WorkActions } from "./types";

export async function MilestoneList({
  list,
  today,
  actions,
  moreHref,
}: {
  list: { items: WorkMilestone[]; total: number };
  today: string;
  actions: WorkActions;
  moreHref?: string;
}) {
  const [t, day] = await Promise.all([getTranslations("myWork.milestone"), dayFormatter()]);
  if (list.items.length === 0) return <NothingDue />;
  return (
    <>
      <ul className="mt-3 space-y-3">
        {list.items.map((m) => (
          <li key={m.id} aria-label={t("listLabel", { title: m.title, code: m.initiative.code })} className="rounded border border-slate-200 p-3">
            <p className="font-semibold">{m.title}</p>
            <p className="text-sm">
              <InitiativeLink code={m.initiative.code} title={m.initiative.title} anchor="#milestones-heading" />
            </p>
            <p className={`mt-1 text-sm ${m.overdue ? "font-semibold text-red-900" : ""}`}>
              {m.overdue ? (
                <>
                  <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 inline h-4 w-4 align-[-2px]" fill="none" stroke="currentColor" strokeWidth={2}>
                    <path d="M8 1.8l6.5 12H1.5z" strokeLinejoin="round" />
                    <path d="M8 6.5v3.2M8 11.8v.2" strokeLinecap="round" />
                  </svg>
                  {t("overdueSince", { days: m.overdueDays, date: day(m.forecastDate) })}
                </>
              ) : (
                t("dueOn", { date: day(m.forecastDate) })
              )}
            </p>
            {m.editable && (
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <MilestoneStatusControls m={m} today={today} actions={actions.milestone} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <ShownOf shown={list.items.length} total={list.total} href={moreHref} />
    </>
  );
}
