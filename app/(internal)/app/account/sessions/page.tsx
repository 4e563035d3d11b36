import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/login-form";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listOwnSessions } from "@/lib/sessions/queries";
import { endOtherSessions, endOwnSession } from "@/lib/sessions/actions";
import { PageHeading } from "@/components/layout/page-heading";

export default async function SessionsPage() {
  const user = await requireUser("/app/account/sessions");
  const sessions = await listOwnSessions(await db(), user);
  const [t, tAuth, format, locale] = await Promise.all([getTranslations("sessions"), getTranslations("auth"), getFormatter(), getLocale()]);
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const e = env();
  const others = sessions.filter((s) => !s.current).length;
  const columns: DataTableColumn<(typeof sessions)[number]>[] = [
    {
      id: "browser",
      header: t("colBrowser"),
      cell: (s) => (
        <>
          {s.browser ?? t("unknownBrowser")}
          {s.current && <strong className="ml-2 rounded bg-brand-50 px-1 text-xs text-brand-900">{t("thisSession")}</strong>}
        </>
      ),
    },
    { id: "address", header: t("colAddress"), value: (s) => s.address, className: "font-mono" },
    { id: "created", header: t("colCreated"), value: (s) => s.createdAt, cell: (s) => dateTime(s.createdAt) },
    { id: "lastSeen", header: t("colLastSeen"), value: (s) => s.lastSeenAt, cell: (s) => dateTime(s.lastSeenAt) },
    {
      id: "actions",
      header: t("colActions"),
      headerHidden: true,
      cell: (s) =>
        s.current ? (
          <SignOutButton label={tAuth("signOut")} />
        ) : (
          <ActionForm action={endOwnSession} label={t("endLabel", { browser: s.browser ?? t("unknownBrowser"), created: dateTime(s.createdAt) })} successMessage={t("ended")}>
            <input type="hidden" name="id" value={s.id} />
            <ConfirmSubmitButton question="endSessions">{t("end")}</ConfirmSubmitButton>
          </ActionForm>
        ),
    },
  ];
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { idle: e.sessionIdleSeconds / 60, max: e.sessionMaxSeconds / 3600 })} />

      <h2 className="mt-8 text-xl font-semibold">{t("listHeading")}</h2>
      <DataTable
        columns={columns}
        rows={sessions}
        rowKey={(s) => s.id}
        caption={t("listHeading")}
        empty={t("empty")}
        locale={locale}
        minWidth="44rem"
        className="mt-2"
      />

      {/* The form stays mounted once the others are ended, so its confirmation is still there (and announced). */}
      <section className="mt-6 max-w-3xl">
        {others > 0 && <p className="text-sm text-slate-700">{t("endOthersNote")}</p>}
        <ActionForm action={endOtherSessions} label={t("endOthersLabel")} successMessage={t("othersEnded")} className="mt-2">
          {others > 0 && <ConfirmSubmitButton question="endSessions">{t("endOthers")}</ConfirmSubmitButton>}
        </ActionForm>
      </section>
    </>
  );
}
