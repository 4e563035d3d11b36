// Documents section of the internal initiative page: every document of the initiative and its
// reports (download through /api/v1/documents/<id>), with publish/unpublish and delete for whoever
// may (document.manage), and the upload form. The actions and the routes check again.
import { getLocale, getTranslations } from "next-intl/server";
import { ListSection } from "@/components/initiatives/list-section";
import type { SectionProps } from "@/components/initiatives/sections/section-props";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { RowIds } from "@/components/ui/row-ids";
import { db } from "@/lib/db/client";
import { deleteDocument, setDocumentPublic } from "@/lib/documents/actions";
import { listInitiativeDocuments } from "@/lib/documents/queries";
import { formatSize } from "@/lib/documents/types";
import { typeKey } from "./type-label";
import { DocumentUploadForm } from "./upload-form";

export async function DocumentsSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeDocuments(await db(), viewer, initiativeId);
  if (!data) return null;
  const [t, locale] = await Promise.all([getTranslations("documents"), getLocale()]);
  return (
    <ListSection id="documents" title={t("sectionTitle")} empty={t("empty")} items={data.documents} itemKey={(d) => d.id} testId="document" item={(d) => (
        <>
          <a href={`/api/v1/documents/${d.id}`} download={d.name} className="font-semibold text-brand-700 underline underline-offset-2">
            {d.name}
          </a>{" "}
          <span className="text-sm text-slate-700">
            ({t(`typeName.${typeKey(d.contentType)}`)}, {formatSize(d.size, locale)})
            {d.period && <> · {t("ofReport", { period: d.period })}</>}
          </span>{" "}
          <span className="rounded bg-slate-200 px-2 text-xs text-slate-900">{d.isPublic ? t("public") : t("internal")}</span>
          {data.canManage && (
            <div className="mt-2 flex flex-wrap gap-2">
              <ActionForm action={setDocumentPublic} label={t("publicLabel", { name: d.name })}>
                <RowIds row={d} />
                <input type="hidden" name="isPublic" value={d.isPublic ? "false" : "true"} />
                <SubmitButton variant="secondary">{d.isPublic ? t("makeInternal") : t("makePublic")}</SubmitButton>
              </ActionForm>
              <DeleteForm action={deleteDocument} row={d} label={t("deleteLabel", { name: d.name })}>
                {t("delete")}
              </DeleteForm>
            </div>
          )}
        </>
      )}
    >
      {data.canManage && <DocumentUploadForm initiativeId={initiativeId} reports={data.reports} />}
    </ListSection>
  );
}
