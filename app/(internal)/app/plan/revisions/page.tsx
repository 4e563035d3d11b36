// Masterplan revisions (Fortschreibungen): the frozen baselines of the plan, freezing a new one
// (admins), and the comparison of any two baselines or of a baseline and today.
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { ComparisonTable } from "@/components/baselines/comparison-table";
import { PageHeading } from "@/components/layout/page-heading";
import { Field, SubmitButton } from "@/components/ui/action-form";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { freezeBaseline } from "@/lib/baselines/actions";
import { countChanges } from "@/lib/baselines/compare";
import { compareRevisions, type BaselineSummary } from "@/lib/baselines/queries";
import { db } from "@/lib/db/client";
import { cityToday } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/config";

const PATH = "/app/plan/revisions";

export default async function RevisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser(PATH);
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);
  let data;
  try {
    data = await compareRevisions(await db(), viewer, { from: one(params.from), to: one(params.to) });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const [t, rawLocale] = await Promise.all([getTranslations("baselines"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const sideLabel = (side: string) => (side === "today" ? t("today") : (data.baselines.find((b) => b.id === side)?.name ?? side));
  const columns: DataTableColumn<BaselineSummary>[] = [
    { id: "name", header: t("name"), rowHeader: true, value: (b) => b.name },
    { id: "date", header: t("baselineDate"), value: (b) => b.baselineDate, format: "date" },
    { id: "count", header: t("initiativeCount"), value: (b) => b.initiativeCount, format: "integer" },
    { id: "note", header: t("note"), value: (b) => b.note },
    { id: "created", header: t("frozenAt"), value: (b) => b.createdAt, format: "datetime" },
  ];
  const options = [...data.baselines.map((b) => ({ value: b.id, label: `${b.name} (${b.baselineDate})` })), { value: "today", label: t("today") }];
  const counts = data.comparison ? countChanges(data.comparison) : null;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />

      <DataTable columns={columns} rows={data.baselines} rowKey={(b) => b.id} caption={t("listCaption")} captionVisible locale={locale} presorted empty={<p className="mt-4">{t("none")}</p>} className="mt-6" />

      {can(viewer, "baseline.freeze") && (
        <section aria-labelledby="freeze-heading" className="mt-8 rounded border border-slate-200 p-4">
          <h2 id="freeze-heading" className="text-lg font-semibold">{t("freezeHeading")}</h2>
          <p className="mt-1 max-w-3xl text-sm">{t("freezeIntro")}</p>
          <AdminActionForm action={freezeBaseline} label={t("freezeHeading")} successMessage={t("frozen")} className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-start">
            <Field name="name" label={t("name")} hint={t("nameHint")} required />
            <Field name="baselineDate" label={t("baselineDate")} type="date" defaultValue={cityToday()} required />
            <Field name="note" label={t("note")} />
            <div><SubmitButton>{t("freeze")}</SubmitButton></div>
          </AdminActionForm>
        </section>
      )}

      {data.comparison && (
        <section aria-labelledby="compare-heading" className="mt-8">
          <h2 id="compare-heading" className="text-lg font-semibold">{t("compareHeading", { from: sideLabel(data.from), to: sideLabel(data.to) })}</h2>
          <form method="get" action={PATH} className="mt-3 flex flex-wrap items-end gap-3">
            <label className="flex flex-col text-sm">
              <span className="font-semibold">{t("from")}</span>
              <select name="from" defaultValue={data.from} className="rounded border border-slate-400 px-2 py-1.5">
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              <span className="font-semibold">{t("to")}</span>
              <select name="to" defaultValue={data.to} className="rounded border border-slate-400 px-2 py-1.5">
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">{t("compare")}</button>
          </form>
          {counts && <p className="mt-3 text-sm" data-testid="change-counts">{t("counts", counts)}</p>}
          <ComparisonTable comparison={data.comparison} locale={locale} caption={t("compareCaption")} initiativeHref={(r) => `/app/initiatives/${r.code}`} />
        </section>
      )}
    </>
  );
}
