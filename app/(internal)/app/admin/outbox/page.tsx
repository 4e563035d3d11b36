// The outbox (admins): every mail the app recorded — sent, waiting, kept without SMTP, undeliverable.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, parseSortParams, type DataTableColumn, type SortState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listOutbox, MAIL_STATUSES, OUTBOX_SORTS, outboxFilters, type OutboxSort } from "@/lib/mail/queries";
import { PageHeading } from "@/components/layout/page-heading";

const PATH = "/app/admin/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser(PATH);
  if (!can(viewer, "mail.read")) notFound();
  const params = await searchParams;
  const filters = outboxFilters.parse(params);
  const sort = parseSortParams(params, OUTBOX_SORTS) as OutboxSort;
  const { mails, total, undeliverable, maxAttempts } = await listOutbox(await db(), viewer, filters, sort);
  const [t, format, locale] = await Promise.all([getTranslations("outbox"), getFormatter(), getLocale()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  // Sorting keeps the status filter; the database sorts, as the list shows the first hundred only.
  const sortHref = (next: SortState) => {
    const query = new URLSearchParams(filters.status ? { status: filters.status } : {});
    if (next) {
      query.set("sort", next.id);
      if (next.desc) query.set("dir", "desc");
    }
    return query.size > 0 ? `${PATH}?${query}` : PATH;
  };
  const columns: DataTableColumn<(typeof mails)[number]>[] = [
    { id: "created", header: t("created"), value: (m) => m.createdAt, cell: (m) => when(m.createdAt), sortable: true, className: "whitespace-nowrap" },
    { id: "to", header: t("to"), value: (m) => m.toAddress, sortable: true },
    { id: "kind", header: t("kindLabel"), cell: (m) => t(`kind.${m.kind}`) },
    {
      id: "subject",
      header: t("subject"),
      value: (m) => m.subject,
      sortable: true,
      cell: (m) => <Link href={`${PATH}/${m.id}`} className="text-brand-700 underline underline-offset-2">{m.subject}</Link>,
    },
    {
      id: "status",
      header: t("statusLabel"),
      cell: (m) => (
        <>
          {t(`status.${m.status}`)}
          {m.lastError && <span className="block text-xs text-red-800">{t("lastError")}: {m.lastError}</span>}
        </>
      ),
    },
    { id: "attempts", header: t("attempts"), value: (m) => m.attempts, sortable: true },
    { id: "sent", header: t("sent"), value: (m) => m.sentAt, cell: (m) => when(m.sentAt), sortable: true, className: "whitespace-nowrap" },
  ];
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
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
        {/* A new filter keeps the chosen order. */}
        {sort && <input type="hidden" name="sort" value={sort.id} />}
        {sort?.desc && <input type="hidden" name="dir" value="desc" />}
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700">{t("apply")}</button>
      </form>

      {mails.length > 0 && <p className="mt-4 text-sm">{t("shown", { shown: mails.length, total })}</p>}
      <DataTable
        columns={columns}
        rows={mails}
        rowKey={(m) => m.id}
        caption={t("tableCaption")}
        empty={t("empty")}
        locale={locale}
        sort={sort}
        sortHref={sortHref}
        presorted
        minWidth="48rem"
        className="mt-2"
      />
    </>
  );
}
