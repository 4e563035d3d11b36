// Import and export. Admins and department heads upload a workbook or CSV, see the dry run per row
// and apply it (department heads for their own department's initiatives only; the server checks
// every row). Admins also download the template and the whole masterplan.
import { PageClientMessages } from "@/components/layout/client-messages";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ImportPanel } from "@/components/transfer/import-panel";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { notFound } from "next/navigation";
import { importWorkbook } from "@/lib/transfer/actions";
import { PageHeading } from "@/components/layout/page-heading";

export const dynamic = "force-dynamic";

/** One step of the page (template, upload, export): a heading, what it does, and its control. */
function Step({ id, heading, text, children }: { id: string; heading: string; text: string; children: ReactNode }) {
  return (
    <section className="mt-6" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold text-brand-900">{heading}</h2>
      <p className="mt-1 max-w-3xl">{text}</p>
      {children}
    </section>
  );
}

export default async function ImportExportPage() {
  const user = await requireUser("/app/admin/import");
  // Department heads may import for their own department: the page asks with their own facts.
  if (!can(user, "transfer.import", { departmentId: user.departmentId })) notFound();
  const isAdmin = can(user, "structure.manage");
  const t = await getTranslations("transfer");
  const link = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2";
  return (
    <>
      <PageHeading title={t("pageTitle")} intro={t("intro")} />
      <Step id="template-heading" heading={t("templateHeading")} text={t("templateText")}>
        <a className={`${link} mt-3`} href="/app/admin/import/template.xlsx" download>
          {t("downloadTemplate")}
        </a>
      </Step>
      <Step id="upload-heading" heading={t("uploadHeading")} text={t(isAdmin ? "uploadText" : "uploadTextDepartment")}>
        <div className="mt-3">
          <PageClientMessages page="import">
            <ImportPanel action={importWorkbook} />
          </PageClientMessages>
        </div>
      </Step>
      {isAdmin && (
        <Step id="export-heading" heading={t("exportHeading")} text={t("exportText")}>
          <a className={`${link} mt-3`} href="/app/admin/export.xlsx" download>
            {t("exportAll")}
          </a>
        </Step>
      )}
    </>
  );
}
