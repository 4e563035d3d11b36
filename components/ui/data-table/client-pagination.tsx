"use client";
// Pagination controls for a data table: first/previous/next/last buttons with labels, the current
// page, and a page-size select. Generic: the caller passes the labels and gets page/size changes.
const button =
  "rounded border border-slate-400 px-2 py-1 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export type PaginationLabels = { nav: string; first: string; previous: string; next: string; last: string; status: string; pageSize: string };

export function DataTablePagination({
  page,
  pageCount,
  size,
  sizes,
  labels,
  onPage,
  onSize,
}: {
  page: number;
  pageCount: number;
  size: number;
  sizes: readonly number[];
  labels: PaginationLabels;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}) {
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(1)} aria-label={labels.first}>«</button>
      <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)} aria-label={labels.previous}>‹</button>
      <span className="px-2">{labels.status}</span>
      <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(page + 1)} aria-label={labels.next}>›</button>
      <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(pageCount)} aria-label={labels.last}>»</button>
      <label className="ml-4 flex items-center gap-2">
        {labels.pageSize}
        <select value={size} onChange={(e) => onSize(Number(e.target.value))} className="rounded border border-slate-400 px-2 py-1">
          {sizes.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
    </nav>
  );
}
