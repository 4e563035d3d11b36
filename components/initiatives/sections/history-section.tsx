// Change history section of the internal initiative page: every audit event of the initiative and
// its parts, newest first, read as people say it ("Prognose verschoben · Meilenstein Ausschreibung
// · Prognose: 30.06.2026 → 30.09.2026"): labels from the catalogue, names instead of ids, looked
// up in one batch for the whole list.
import { getFormatter, getLocale, getMessages, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/audit/change-list";
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { actionLabel, describeChanges, describeEntity } from "@/lib/audit/describe";
import { loadAuditNames } from "@/lib/audit/names";
import { db } from "@/lib/db/client";
import { initiativeHistory } from "@/lib/initiatives/queries";
import type { SectionProps } from "./section-props";

export async function HistorySection({ initiativeId, viewer }: SectionProps) {
  const prisma = await db();
  const history = await initiativeHistory(prisma, viewer, initiativeId);
  const [names, t, tAudit, format, locale, messages] = await Promise.all([
    loadAuditNames(prisma, history),
    getTranslations("app"),
    getTranslations("audit"),
    getFormatter(),
    getLocale(),
    getMessages(),
  ]);
  const ctx = { locale, messages, names };
  return (
    <CollapsibleSection id="history" title={t("history")}>
      {history.length === 0 ? (
        <p className="mt-2">{t("noHistory")}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {history.map((h) => {
            const entity = h.entityType === "Initiative" ? null : describeEntity(h, ctx);
            return (
              <li key={String(h.id)} className="rounded border border-slate-200 p-2 text-sm">
                <p>
                  <time dateTime={h.at.toISOString()}>{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                  {" · "}
                  <span className="font-semibold">{actionLabel(messages, h.action)}</span>
                  {entity && (
                    <>
                      {" · "}
                      {entity.type}
                      {entity.name && <>: {entity.name}</>}
                    </>
                  )}
                  {" · "}
                  {h.actor?.name ?? h.actorLabel ?? tAudit("anonymous")}
                </p>
                <ChangeList changes={describeChanges(h, ctx)} none={tAudit("none")} className="mt-1" />
              </li>
            );
          })}
        </ol>
      )}
    </CollapsibleSection>
  );
}
