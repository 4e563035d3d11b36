// Import and export. Admins and department heads upload a workbook or CSV, see the dry run per row
// and apply it (department heads for their own department's initiatives only; the server checks
// every row). Admins also download the template and the whole masterplan.
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/transfer/import-panel";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { APP_CLIENT_NAMESPACES, PAGE_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import { notFound } from "next/navigation";
import { importWorkbook } from "@/lib/transfer/actions";

export const dynamic = "force-dynamic";

export default async function ImportExportPage() {
  const user = await requireUser("/app/admin/import");
  // Department heads may import for their own department: the page asks with their own facts.
  if (!can(user, "transfer.import", { departmentId: user.departmentId })) notFound();
  const isAdmin = can(user, "structure.manage");
  const t = await getTranslations("transfer");
  const messages = pickMessages(await getMessages(), [...APP_CLIENT_NAMESPACES, ...PAGE_CLIENT_NAMESPACES.import]);
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
      <section className="mt-6" aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-xl font-semibold text-brand-900">{t("uploadHeading")}</h2>
        <p className="mt-1 max-w-3xl">{t(isAdmin ? "uploadText" : "uploadTextDepartment")}</p>
        <div className="mt-3">
          <NextIntlClientProvider messages={messages}>
            <ImportPanel action={importWorkbook} />
          </NextIntlClientProvider>
        </div>
      </section>
      {isAdmin && (
        <section className="mt-6" aria-labelledby="export-heading">
          <h2 id="export-heading" className="text-xl font-semibold text-brand-900">{t("exportHeading")}</h2>
          <p className="mt-1 max-w-3xl">{t("exportText")}</p>
          <a className={`${link} mt-3`} href="/app/admin/export.xlsx" download>
            {t("exportAll")}
          </a>
        </section>
      )}
    </>
  );
}
