// One page of the audit log: who did what to which object, with the before/after data folded
// into a <details> element.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { AuditEventRow } from "@/lib/audit/queries";

function Json({ label, value, none }: { label: string; value: unknown; none: string }) {
  return (
    <div>
      <p className="font-medium">{label}</p>
      {value === null || value === undefined ? (
        <p className="text-slate-700">{none}</p>
      ) : (
        <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}

export async function AuditEventTable({ events }: { events: AuditEventRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("audit"), getFormatter(), getLocale()]);
  const columns: DataTableColumn<AuditEventRow>[] = [
    {
      id: "at",
      header: t("colAt"),
      className: "whitespace-nowrap",
      cell: (e) => (
        <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</time>
      ),
    },
    {
      id: "actor",
      header: t("colActor"),
      cell: (e) => <>{e.actor ? e.actor.name : (e.actorLabel ?? t("anonymous"))}</>,
    },
    {
      id: "action",
      header: t("colAction"),
      className: "font-mono",
      cell: (e) => <>{e.action}</>,
    },
    {
      id: "entity",
      header: t("colEntity"),
      cell: (e) => (
        <>
          {e.entityType}
          {e.entityId && <span className="block break-all font-mono text-xs">{e.entityId}</span>}
        </>
      ),
    },
    {
      id: "changes",
      header: t("colChanges"),
      cell: (e) => (
        <details>
          <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
            {t("details")}<span className="sr-only"> ({e.action})</span>
          </summary>
          <div className="mt-2 grid gap-2 md:grid-cols-2">
            <Json label={t("before")} value={e.before} none={t("noData")} />
            <Json label={t("after")} value={e.after} none={t("noData")} />
          </div>
          {e.requestId && <p className="mt-1 font-mono text-xs text-slate-700">{t("requestId", { id: e.requestId })}</p>}
        </details>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={events}
      rowKey={(e) => e.id}
      caption={t("tableCaption")}
      locale={locale}
      minWidth="48rem"
      className="mt-6"
    />
  );
}
