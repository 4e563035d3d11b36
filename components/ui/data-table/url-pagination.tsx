// Paging through the URL for server-paged tables: previous/next and page numbers as plain links
// (the first, the last and two either side of the current one), so every page of a result has its
// own shareable address and works without JavaScript. Labels come from the caller.
import Link from "next/link";

export type UrlPaginationLabels = { nav: string; previous: string; next: string; pageLink: (page: number) => string };

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

/** Page numbers to show: the first, the last and two either side of the current one; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

const link = "rounded px-2 py-1 text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function UrlPagination({
  page,
  pageCount,
  href,
  labels,
  className = "mt-6",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: UrlPaginationLabels;
  className?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className={`${className} print:hidden`}>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>← {labels.previous}</Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">…</li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="rounded bg-brand-900 px-2 py-1 font-semibold text-white">
                  <span className="sr-only">{labels.pageLink(p)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link href={href(p)} aria-label={labels.pageLink(p)} className={link}>{p}</Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>{labels.next} →</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
