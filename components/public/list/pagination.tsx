// Page links for a public result list: the data table's URL paging, keeping the filters in the
// query string.
import { getTranslations } from "next-intl/server";
import { UrlPagination } from "@/components/ui/data-table";
import { listQueryString, type ListFilters } from "@/lib/public/list-queries";

export async function Pagination({ basePath, filters, page, pageCount }: { basePath: string; filters: Partial<ListFilters>; page: number; pageCount: number }) {
  const t = await getTranslations("publicList");
  return (
    <UrlPagination
      page={page}
      pageCount={pageCount}
      href={(p) => `${basePath}${listQueryString(filters, { page: p })}`}
      labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), pageLink: (p) => t("pageLink", { page: p }) }}
    />
  );
}
