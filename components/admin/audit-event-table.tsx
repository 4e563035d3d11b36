// One page of the audit log: who did what to which object, read as people say it (labels from the
// catalogue, names instead of ids, "Prognose: 30.06.2026 → 30.09.2026"), with the raw before/after
// data and ids folded into a "technical details" <details> element for admins.
import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/audit/change-list";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { actionLabel, describeChanges, describeEntity, type DescribeContext, type ReferenceNames } from "@/lib/audit/describe";
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

function Entity({ event, ctx }: { event: AuditEventRow; ctx: DescribeContext }) {
  const entity = describeEntity(event, ctx);
  return (
    <>
      {entity.type}
      {entity.name && <span className="block break-words">{entity.name}</span>}
    </>
  );
}

function Changes({ event, ctx, none, noChanges }: { event: AuditEventRow; ctx: DescribeContext; none: string; noChanges: string }) {
  const changes = describeChanges(event, ctx);
  if (changes.length > 0) return <ChangeList changes={changes} none={none} />;
  return event.before != null || event.after != null ? <p className="text-slate-700">{noChanges}</p> : null;
}

/** `names`: the ids the events mention, resolved by loadAuditNames for the whole page at once. */
export async function AuditEventTable({ events, names }: { events: AuditEventRow[]; names: ReferenceNames }) {
  const [t, format, locale, messages] = await Promise.all([getTranslations("audit"), getFormatter(), getLocale(), getMessages()]);
  const ctx: DescribeContext = { locale, messages, names };
  const columns: DataTableColumn<AuditEventRow>[] = [
    {
      id: "at",
      header: t("colAt"),
      className: "whitespace-nowrap",
      cell: (e) => <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</time>,
    },
    { id: "actor", header: t("colActor"), cell: (e) => <>{e.actor ? e.actor.name : (e.actorLabel ?? t("anonymous"))}</> },
    { id: "action", header: t("colAction"), cell: (e) => <>{actionLabel(messages, e.action)}</> },
    { id: "entity", header: t("colEntity"), cell: (e) => <Entity event={e} ctx={ctx} /> },
    {
      id: "changes",
      header: t("colChanges"),
      cell: (e) => (
        <>
          <Changes event={e} ctx={ctx} none={t("none")} noChanges={t("noChanges")} />
          <details className="mt-1">
            <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
              {t("technicalDetails")}<span className="sr-only"> ({actionLabel(messages, e.action)})</span>
            </summary>
            <p className="mt-2 break-all font-mono text-xs text-slate-700">
              {e.action} · {e.entityType}
              {e.entityId && <> · {e.entityId}</>}
            </p>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              <Json label={t("before")} value={e.before} none={t("noData")} />
              <Json label={t("after")} value={e.after} none={t("noData")} />
            </div>
            {e.requestId && <p className="mt-1 font-mono text-xs text-slate-700">{t("requestId", { id: e.requestId })}</p>}
          </details>
        </>
      ),
    },
  ];
  return <DataTable columns={columns} rows={events} rowKey={(e) => e.id} caption={t("tableCaption")} locale={locale} minWidth="48rem" className="mt-6" />;
}
