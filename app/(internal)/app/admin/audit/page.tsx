// The audit log for admins: filter by GET parameters, newest first, 50 entries per page.
import { getTranslations } from "next-intl/server";
import { AuditEventTable } from "@/components/admin/audit-event-table";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEvents, listAuditFilterOptions, parseAuditFilters, type AuditFilters } from "@/lib/audit/queries";
import { loadAuditNames } from "@/lib/audit/names";
import { db } from "@/lib/db/client";
import { PageHeading } from "@/components/layout/page-heading";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PATH = "/app/admin/audit";

/** The same filters, on the page after `cursor` (or the first page). */
function pageHref(filters: AuditFilters, cursor?: string): string {
  const { cursor: _current, ...rest } = filters;
  const params = new URLSearchParams(Object.entries(rest).filter((entry): entry is [string, string] => !!entry[1]));
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${PATH}?${query}` : PATH;
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission("audit.read", PATH);
  const prisma = await db();
  const { filters, invalid } = parseAuditFilters(await searchParams);
  const [{ events, nextCursor }, options] = await Promise.all([listAuditEvents(prisma, viewer, filters), listAuditFilterOptions(prisma, viewer)]);
  const [names, t] = await Promise.all([loadAuditNames(prisma, events), getTranslations("audit")]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {invalid.length > 0 && (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t("invalidNotice", { fields: invalid.map((name) => t(name)).join(", ") })}
        </p>
      )}
      <AuditFilterForm filters={filters} actors={options.actors} entityTypes={options.entityTypes} />
      {events.length === 0 ? <p className="mt-6">{t("empty")}</p> : <AuditEventTable events={events} names={names} />}
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap gap-4 text-sm">
        {filters.cursor && <a href={pageHref(filters)} className="text-brand-700 underline underline-offset-2">{t("first")}</a>}
        {nextCursor && <a href={pageHref(filters, nextCursor)} className="text-brand-700 underline underline-offset-2">{t("next")}</a>}
      </nav>
    </>
  );
}
