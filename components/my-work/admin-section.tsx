// The admin's operations part of "my work": e-mails that could not be delivered (status FAILED,
// fixed in the outbox) and the latest failed runs of scheduled jobs (from the audit log).
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { MyWork } from "@/lib/my-work/queries";
import { ShownOf, WorkSection, linkStyle } from "./parts";

type Admin = NonNullable<MyWork["admin"]>;

export async function AdminSection({ admin }: { admin: Admin }) {
  const [t, tWork, format, locale] = await Promise.all([getTranslations("myWork.admin"), getTranslations("myWork"), getFormatter(), getLocale()]);
  const when = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>;
  const mailColumns: DataTableColumn<Admin["mails"]["items"][number]>[] = [
    { id: "to", header: t("colTo"), value: (m) => m.toAddress, rowHeader: true, className: "break-all" },
    { id: "subject", header: t("colSubject"), value: (m) => m.subject },
    { id: "attempts", header: t("colAttempts"), value: (m) => m.attempts },
    { id: "error", header: t("colError"), value: (m) => m.lastError, className: "break-words" },
    { id: "created", header: t("colCreated"), cell: (m) => when(m.createdAt) },
  ];
  const jobColumns: DataTableColumn<Admin["jobs"][number]>[] = [
    { id: "job", header: t("colJob"), value: (j) => j.job, rowHeader: true, className: "font-mono" },
    { id: "at", header: t("colAt"), cell: (j) => when(j.at) },
    { id: "error", header: t("colError"), value: (j) => j.error || null, className: "break-words" },
  ];
  const table = { locale, minWidth: "36rem", className: "mt-2", empty: tWork("nothingDue") };
  return (
    <WorkSection id="operations-heading" title={t("heading")}>
      <WorkSection id="mails-heading" title={t("mailsHeading")} level={3}>
        <DataTable {...table} columns={mailColumns} rows={admin.mails.items} rowKey={(m) => m.id} caption={t("mailsCaption")} />
        <ShownOf shown={admin.mails.items.length} total={admin.mails.total} />
        <p className="mt-2 text-sm">
          <Link href="/app/admin/outbox" className={linkStyle}>{t("outboxLink")}</Link>
        </p>
      </WorkSection>

      <WorkSection id="jobs-heading" title={t("jobsHeading")} level={3}>
        <DataTable {...table} columns={jobColumns} rows={admin.jobs} rowKey={(j) => j.id} caption={t("jobsCaption")} />
        <p className="mt-2 text-sm">
          <Link href="/app/admin/audit" className={linkStyle}>{t("auditLink")}</Link>
        </p>
      </WorkSection>
    </WorkSection>
  );
}
