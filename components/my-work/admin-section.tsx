// The admin's operations part of "my work": e-mails that could not be delivered (status FAILED,
// fixed in the outbox) and the latest failed runs of scheduled jobs (from the audit log).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MyWork } from "@/lib/my-work/queries";
import { NothingDue, ShownOf, WorkSection, linkStyle, tableStyle } from "./parts";

type Admin = NonNullable<MyWork["admin"]>;

export async function AdminSection({ admin }: { admin: Admin }) {
  const [t, format] = await Promise.all([getTranslations("myWork.admin"), getFormatter()]);
  const when = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>;
  return (
    <WorkSection id="operations-heading" title={t("heading")}>
      <WorkSection id="mails-heading" title={t("mailsHeading")} level={3}>
        {admin.mails.items.length === 0 ? (
          <NothingDue />
        ) : (
          <>
            <div className="mt-2 overflow-x-auto">
              <table className={tableStyle}>
                <caption className="sr-only">{t("mailsCaption")}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">{t("colTo")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colSubject")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colAttempts")}</th>
                    <th scope="col" className="py-2 pr-3">{t("colError")}</th>
                    <th scope="col" className="py-2">{t("colCreated")}</th>
                  </tr>
                </thead>
                <tbody>
                  {admin.mails.items.map((m) => (
                    <tr key={m.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal break-all">{m.toAddress}</th>
                      <td className="py-2 pr-3">{m.subject}</td>
                      <td className="py-2 pr-3">{m.attempts}</td>
                      <td className="py-2 pr-3 break-words">{m.lastError ?? "–"}</td>
                      <td className="py-2">{when(m.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ShownOf shown={admin.mails.items.length} total={admin.mails.total} />
          </>
        )}
        <p className="mt-2 text-sm">
          <Link href="/app/admin/outbox" className={linkStyle}>{t("outboxLink")}</Link>
        </p>
      </WorkSection>

      <WorkSection id="jobs-heading" title={t("jobsHeading")} level={3}>
        {admin.jobs.length === 0 ? (
          <NothingDue />
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className={tableStyle}>
              <caption className="sr-only">{t("jobsCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t("colJob")}</th>
                  <th scope="col" className="py-2 pr-3">{t("colAt")}</th>
                  <th scope="col" className="py-2">{t("colError")}</th>
                </tr>
              </thead>
              <tbody>
                {admin.jobs.map((j) => (
                  <tr key={j.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-mono font-normal">{j.job}</th>
                    <td className="py-2 pr-3">{when(j.at)}</td>
                    <td className="py-2 break-words">{j.error || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-2 text-sm">
          <Link href="/app/admin/audit" className={linkStyle}>{t("auditLink")}</Link>
        </p>
      </WorkSection>
    </WorkSection>
  );
}
