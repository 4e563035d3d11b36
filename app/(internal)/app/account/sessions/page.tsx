import { getFormatter, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/login-form";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listOwnSessions } from "@/lib/sessions/queries";
import { endOtherSessions, endOwnSession } from "./actions";

export default async function SessionsPage() {
  const user = await requireUser("/app/account/sessions");
  const sessions = await listOwnSessions(await db(), user);
  const [t, tAuth, format] = await Promise.all([getTranslations("sessions"), getTranslations("auth"), getFormatter()]);
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const e = env();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro", { idle: e.sessionIdleSeconds / 60, max: e.sessionMaxSeconds / 3600 })}</p>

      <h2 className="mt-8 text-xl font-semibold">{t("listHeading")}</h2>
      {sessions.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("listHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">{t("colBrowser")}</th>
                <th scope="col" className="py-2 pr-3">{t("colAddress")}</th>
                <th scope="col" className="py-2 pr-3">{t("colCreated")}</th>
                <th scope="col" className="py-2 pr-3">{t("colLastSeen")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("colActions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const browser = s.browser ?? t("unknownBrowser");
                return (
                  <tr key={s.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      {browser}
                      {s.current && <strong className="ml-2 rounded bg-brand-50 px-1 text-xs text-brand-900">{t("thisSession")}</strong>}
                    </td>
                    <td className="py-2 pr-3 font-mono">{s.address ?? "–"}</td>
                    <td className="py-2 pr-3">{dateTime(s.createdAt)}</td>
                    <td className="py-2 pr-3">{dateTime(s.lastSeenAt)}</td>
                    <td className="py-2">
                      {s.current ? (
                        <SignOutButton label={tAuth("signOut")} />
                      ) : (
                        <ActionForm action={endOwnSession} label={t("endLabel", { browser, created: dateTime(s.createdAt) })} successMessage={t("ended")}>
                          <input type="hidden" name="id" value={s.id} />
                          <ConfirmSubmitButton question="endSessions">{t("end")}</ConfirmSubmitButton>
                        </ActionForm>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

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
