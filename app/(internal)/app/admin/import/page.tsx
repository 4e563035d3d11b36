// Import and export (admins): the template and the whole masterplan as a workbook. The upload with
// dry run and apply follows (issue 12, item 2).
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function ImportExportPage() {
  await requirePermission("structure.manage", "/app/admin/import");
  const t = await getTranslations("transfer");
  const link = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2";
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("pageTitle")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <section className="mt-6" aria-labelledby="template-heading">
        <h2 id="template-heading" className="text-xl font-semibold text-brand-900">{t("templateHeading")}</h2>
        <p className="mt-1 max-w-3xl">{t("templateText")}</p>
        <a className={`${link} mt-3`} href="/app/admin/import/template.xlsx" download>
          {t("downloadTemplate")}
        </a>
      </section>
      <section className="mt-6" aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-semibold text-brand-900">{t("exportHeading")}</h2>
        <p className="mt-1 max-w-3xl">{t("exportText")}</p>
        <a className={`${link} mt-3`} href="/app/admin/export.xlsx" download>
          {t("exportAll")}
        </a>
      </section>
      <p className="mt-6 max-w-3xl text-slate-700">{t("uploadFollows")}</p>
    </>
  );
}
