"use client";
// Which columns the portfolio table shows, and in which order: a checkbox per column and
// "move up"/"move down" buttons, all operable by keyboard (no drag and drop needed).
import { useTranslations } from "next-intl";
import { COLUMN_IDS, type ColumnId } from "@/lib/portfolio/table-state";

const button =
  "rounded border border-slate-400 px-1.5 py-0.5 text-xs disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function ColumnSettings({ cols, onChange }: { cols: ColumnId[]; onChange: (cols: ColumnId[]) => void }) {
  const t = useTranslations("portfolio");
  const hidden = COLUMN_IDS.filter((id) => !cols.includes(id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...cols];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  return (
    <details className="text-sm open:basis-full print:hidden">
      <summary className="inline-block cursor-pointer rounded border border-slate-400 px-2 py-1 font-semibold select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">{t("columns")}</summary>
      <fieldset className="mt-3 rounded border border-slate-200 p-3">
        <legend className="text-slate-700">{t("columnsHint")}</legend>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {cols.map((id, index) => (
            <li key={id} className="flex items-center gap-2">
              <label className="flex flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked
                  disabled={cols.length === 1}
                  onChange={() => onChange(cols.filter((c) => c !== id))}
                  className="size-4"
                />
                {t(`col.${id}`)}
              </label>
              <button type="button" className={button} disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveUp", { column: t(`col.${id}`) })}>
                ↑
              </button>
              <button type="button" className={button} disabled={index === cols.length - 1} onClick={() => move(index, 1)} aria-label={t("moveDown", { column: t(`col.${id}`) })}>
                ↓
              </button>
            </li>
          ))}
          {hidden.map((id) => (
            <li key={id} className="flex items-center gap-2">
              <label className="flex flex-1 items-center gap-2">
                <input type="checkbox" checked={false} onChange={() => onChange([...cols, id])} className="size-4" />
                {t(`col.${id}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
