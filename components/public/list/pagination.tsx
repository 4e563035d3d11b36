// Page links for a result list. Plain links that keep the filters in the query string, so every
// page of a result has its own shareable address and works without JavaScript.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listQueryString, type ListFilters } from "@/lib/public/list-queries";

/** Page numbers to show: the first, the last and two either side of the current one; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

export async function Pagination({ basePath, filters, page, pageCount }: { basePath: string; filters: Partial<ListFilters>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("publicList");
  const href = (p: number) => `${basePath}${listQueryString(filters, { page: p })}`;
  const link = "rounded px-2 py-1 text-brand-700 underline underline-offset-2";
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>← {t("previous")}</Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">…</li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="rounded bg-brand-900 px-2 py-1 font-semibold text-white">
                  <span className="sr-only">{t("pageLink", { page: p })}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link href={href(p)} aria-label={t("pageLink", { page: p })} className={link}>{p}</Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>{t("next")} →</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
