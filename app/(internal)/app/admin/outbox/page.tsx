// The outbox (admins): every mail the app recorded — sent, waiting, kept without SMTP, undeliverable.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listOutbox, MAIL_STATUSES, outboxFilters } from "@/lib/mail/queries";

const PATH = "/app/admin/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser(PATH);
  if (!can(viewer, "mail.read")) notFound();
  const filters = outboxFilters.parse(await searchParams);
  const { mails, total, undeliverable, maxAttempts } = await listOutbox(await db(), viewer, filters);
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-sm">{env().smtpUrl ? t("smtp") : t("noSmtp")}</p>

      {undeliverable.length > 0 && (
        <section aria-labelledby="undeliverable" className="mt-6 rounded border border-red-300 bg-red-50 p-3">
          <h2 id="undeliverable" className="font-semibold text-red-900">{t("undeliverable", { count: undeliverable.length })}</h2>
          <p className="text-sm">{t("undeliverableHint", { attempts: maxAttempts })}</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {undeliverable.map((m) => (
              <li key={m.id}>
                <Link href={`${PATH}/${m.id}`} className="text-brand-700 underline underline-offset-2">{m.subject}</Link> — {m.toAddress} — {m.lastError}
              </li>
            ))}
          </ul>
        </section>
      )}

      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">{t("filter")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className="rounded border border-slate-400 px-2 py-1.5">
            <option value="">{t("all")}</option>
            {MAIL_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700">{t("apply")}</button>
      </form>

      {mails.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <p className="text-sm">{t("shown", { shown: mails.length, total })}</p>
          <table className="mt-2 w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="py-1 pr-3">{t("created")}</th>
                <th scope="col" className="py-1 pr-3">{t("to")}</th>
                <th scope="col" className="py-1 pr-3">{t("kindLabel")}</th>
                <th scope="col" className="py-1 pr-3">{t("subject")}</th>
                <th scope="col" className="py-1 pr-3">{t("statusLabel")}</th>
                <th scope="col" className="py-1 pr-3">{t("attempts")}</th>
                <th scope="col" className="py-1 pr-3">{t("sent")}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id} className="border-b border-slate-200 align-top">
                  <td className="py-1 pr-3 whitespace-nowrap">{when(m.createdAt)}</td>
                  <td className="py-1 pr-3">{m.toAddress}</td>
                  <td className="py-1 pr-3">{t(`kind.${m.kind}`)}</td>
                  <td className="py-1 pr-3">
                    <Link href={`${PATH}/${m.id}`} className="text-brand-700 underline underline-offset-2">{m.subject}</Link>
                  </td>
                  <td className="py-1 pr-3">
                    {t(`status.${m.status}`)}
                    {m.lastError && <span className="block text-xs text-red-800">{t("lastError")}: {m.lastError}</span>}
                  </td>
                  <td className="py-1 pr-3">{m.attempts}</td>
                  <td className="py-1 pr-3 whitespace-nowrap">{when(m.sentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
