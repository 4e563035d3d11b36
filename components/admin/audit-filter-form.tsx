// Filters of the audit log as a plain GET form: works without JavaScript, and the address of a
// filtered view can be bookmarked or shared with another admin.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AuditFilters } from "@/lib/audit/queries";

const input = "mt-1 w-full rounded border border-slate-400 px-2 py-1.5";

export async function AuditFilterForm({
  filters,
  actors,
  entityTypes,
}: {
  filters: AuditFilters;
  actors: { id: string; name: string; email: string }[];
  entityTypes: string[];
}) {
  const t = await getTranslations("audit");
  return (
    <form method="get" aria-label={t("filters")} className="mt-4 grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-3">
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">{t("actor")}</label>
        <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""} className={input}>
          <option value="">{t("anyActor")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>{`${a.name} (${a.email})`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">{t("action")}</label>
        <input id="audit-action" name="action" defaultValue={filters.action ?? ""} aria-describedby="audit-action-hint" className={input} />
        <p id="audit-action-hint" className="mt-1 text-xs text-slate-700">{t("actionHint")}</p>
      </div>
      <div>
        <label htmlFor="audit-entity-type" className="block text-sm font-medium">{t("entityType")}</label>
        <select id="audit-entity-type" name="entityType" defaultValue={filters.entityType ?? ""} className={input}>
          <option value="">{t("anyEntityType")}</option>
          {entityTypes.map((e) => (
            <option key={e} value={e}>{e}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity-id" className="block text-sm font-medium">{t("entityId")}</label>
        <input id="audit-entity-id" name="entityId" defaultValue={filters.entityId ?? ""} className={`${input} font-mono`} />
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">{t("from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={input} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">{t("to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={input} />
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">{t("apply")}</button>
        <Link href="/app/admin/audit" className="text-sm text-brand-700 underline underline-offset-2">{t("clear")}</Link>
      </div>
    </form>
  );
}
