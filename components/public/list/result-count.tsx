// The line above a paged result list: how many results, which page of how many, and whatever the
// page adds after it (e.g. a link to the full list).
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export async function ResultCount({ list, children }: { list: { total: number; page: number; pageCount: number }; children?: ReactNode }) {
  const t = await getTranslations("publicList");
  return (
    <p className="text-sm text-slate-700" data-testid="result-count">
      {t("resultCount", { count: list.total })}
      {list.pageCount > 1 && <> · {t("pageInfo", { page: list.page, pages: list.pageCount })}</>}
      {children}
    </p>
  );
}
