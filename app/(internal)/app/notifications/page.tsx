// The signed-in user's notifications: what is open for them (the same items the digest mails),
// newest first, unread ones marked in words; opening one marks it read.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotificationLink } from "@/components/notifications/notification-link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { PREFERENCES_PATH } from "@/lib/notifications/compose";
import { listOwnNotifications } from "@/lib/notifications/queries";
import { markNotificationRead } from "@/lib/notifications/actions";
import { withEnumLabels } from "@/lib/publish/label";
import { PageHeading } from "@/components/layout/page-heading";

export default async function NotificationsPage() {
  const user = await requireUser("/app/notifications");
  const rows = await listOwnNotifications(await db(), user);
  const t = await getTranslations("notifications");
  const td = await getTranslations("digest");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const kindLabel = (kind: string) => (td.has(`kinds.${kind}`) ? td(`kinds.${kind}`) : td("kinds.other"));
  const dateText = (kind: string, date: string | null) =>
    date ? td(td.has(`date.${kind}`) ? `date.${kind}` : "date.other", { date: day(date) }) : kind === "initiativeStale" ? td("date.staleNever") : null;
  const viaText = (via: string, code: string) => td(td.has(`via.${via}`) ? `via.${via}` : "via.other", { code });
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mt-2">
        <Link href={PREFERENCES_PATH} className="underline">{t("settings")}</Link>
      </p>
      {rows.length === 0 ? (
        <p className="mt-6 rounded bg-emerald-50 p-3">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
          {rows.map((n) => {
            const date = dateText(n.kind, n.dueDate);
            return (
              <li key={n.id} className={`py-3 ${n.unread ? "border-l-4 border-brand-600 bg-brand-50 pl-3" : "pl-4"}`}>
                <p className="text-sm">
                  {n.unread ? <strong className="mr-2 rounded bg-brand-900 px-1.5 py-0.5 text-xs uppercase text-white">{t("unread")}</strong> : <span className="sr-only">{t("read")}: </span>}
                  {kindLabel(n.kind)} · {t("since", { date: day(n.firstDay) })}
                </p>
                <p className="mt-1">
                  <NotificationLink id={n.id} href={n.path} markRead={markNotificationRead} openingLabel={t("opening")}>
                    {n.initiative ? `${n.initiative.code} ${n.initiative.title}: ` : ""}
                    {withEnumLabels(n.subject, tAll)}
                  </NotificationLink>
                  {date && <span className="ml-2 text-sm">{date}</span>}
                </p>
                {n.initiative && <p className="mt-1 text-sm text-slate-700">{viaText(n.via, n.initiative.code)}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
