// Progress as a number with a bar; the number is the accessible name, the bar is decoration.
import { getTranslations } from "next-intl/server";
import { toPercent } from "@/lib/initiatives/progress";

export async function ProgressBar({ value }: { value: number | null }) {
  const t = await getTranslations("home");
  const percent = toPercent(value);
  if (percent === null) return <span className="text-sm text-slate-700">{t("progressNone")}</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="block h-2 w-24 overflow-hidden rounded bg-slate-200">
        <span className="block h-2 bg-brand-600" style={{ width: `${percent}%` }} />
      </span>
      <span className="whitespace-nowrap text-sm tabular-nums">{t("progressValue", { value: percent })}</span>
    </span>
  );
}
