// A milestone's state as text with an icon (done / open / overdue) plus its small facts (weight,
// internal); colour is never the only signal.
import { getTranslations } from "next-intl/server";

type State = "done" | "open" | "overdue";

const style: Record<State, string> = {
  done: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  open: "bg-slate-100 text-slate-800 ring-slate-300",
  overdue: "bg-red-100 text-red-900 ring-red-300",
};

function Icon({ state }: { state: State }) {
  const common = { "aria-hidden": true, viewBox: "0 0 16 16", className: "h-4 w-4 shrink-0", fill: "none", stroke: "currentColor", strokeWidth: 2 } as const;
  if (state === "done") return <svg {...common}><path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" /></svg>;
  if (state === "overdue") {
    return (
      <svg {...common}>
        <path d="M8 1.8l6.5 12H1.5z" strokeLinejoin="round" />
        <path d="M8 6.5v3.2M8 11.8v.2" strokeLinecap="round" />
      </svg>
    );
  }
  return <svg {...common}><circle cx="8" cy="8" r="5.5" /></svg>;
}

export async function MilestoneStateBadge({ completed, overdue }: { completed: boolean; overdue: boolean }) {
  const t = await getTranslations("milestones");
  const state: State = completed ? "done" : overdue ? "overdue" : "open";
  return (
    <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-medium ring-1 ${style[state]}`}>
      <Icon state={state} />
      {t(`state.${state}`)}
    </span>
  );
}

export function FactBadge({ children }: { children: React.ReactNode }) {
  return <span className="inline-block rounded bg-white px-2 py-0.5 text-sm text-slate-800 ring-1 ring-slate-300">{children}</span>;
}
