// Paging through the URL for server-paged tables: first/previous/next/last as links (spans where
// there is nowhere to go), and where we are. Works without JavaScript; labels come from the caller.
import Link from "next/link";

export type UrlPaginationLabels = { nav: string; first: string; previous: string; next: string; last: string; status: string };

/** `page` (1-based) and `size` from search parameters, within bounds; size falls back to the first allowed. */
export function parsePageParams(
  params: { page?: string | string[]; size?: string | string[] },
  sizes: readonly number[],
): { page: number; size: number } {
  const page = Number(typeof params.page === "string" ? params.page : 1);
  const size = Number(typeof params.size === "string" ? params.size : sizes[0]);
  return { page: Number.isInteger(page) && page >= 1 ? page : 1, size: sizes.includes(size) ? size : sizes[0]! };
}

/** The current URL's search parameters with `page` set (page 1 drops it). */
export function pageHref(base: string, params: Record<string, string | string[] | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "page" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

const item = "rounded border border-slate-400 px-2 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function UrlPagination({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: UrlPaginationLabels;
}) {
  if (pageCount <= 1) return null;
  const step = (target: number, label: string, glyph: string, enabled: boolean) =>
    enabled ? (
      <Link href={href(target)} aria-label={label} className={`${item} hover:bg-slate-100`}>{glyph}</Link>
    ) : (
      <span aria-hidden="true" className={`${item} opacity-40`}>{glyph}</span>
    );
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center gap-2 text-sm print:hidden">
      {step(1, labels.first, "«", page > 1)}
      {step(page - 1, labels.previous, "‹", page > 1)}
      <span className="px-2" aria-current="page">{labels.status}</span>
      {step(page + 1, labels.next, "›", page < pageCount)}
      {step(pageCount, labels.last, "»", page < pageCount)}
    </nav>
  );
}
