// One page of the audit log: who did what to which object, with the before/after data folded
// into a <details> element.
import { getFormatter, getTranslations } from "next-intl/server";
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
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">{t("colAt")}</th>
            <th scope="col" className="py-2 pr-3">{t("colActor")}</th>
            <th scope="col" className="py-2 pr-3">{t("colAction")}</th>
            <th scope="col" className="py-2 pr-3">{t("colEntity")}</th>
            <th scope="col" className="py-2">{t("colChanges")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</time>
              </td>
              <td className="py-2 pr-3">{e.actor ? e.actor.name : (e.actorLabel ?? t("anonymous"))}</td>
              <td className="py-2 pr-3 font-mono">{e.action}</td>
              <td className="py-2 pr-3">
                {e.entityType}
                {e.entityId && <span className="block break-all font-mono text-xs">{e.entityId}</span>}
              </td>
              <td className="py-2">
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
