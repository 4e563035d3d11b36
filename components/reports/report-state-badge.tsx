// A status report's state as text with colour (colour is never the only signal).
import { getTranslations } from "next-intl/server";
import type { ReportState } from "@/lib/generated/prisma/enums";

const style: Record<ReportState, string> = {
  DRAFT: "bg-slate-100 text-slate-800 ring-slate-300",
  SUBMITTED: "bg-sky-100 text-sky-950 ring-sky-300",
  RETURNED: "bg-amber-100 text-amber-950 ring-amber-300",
  APPROVED: "bg-emerald-100 text-emerald-900 ring-emerald-300",
};

export async function ReportStateBadge({ state }: { state: ReportState }) {
  const t = await getTranslations("reportState");
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ring-1 ${style[state]}`}>{t(state)}</span>;
}
