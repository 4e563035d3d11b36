// Risks section of the internal initiative page: open risks by score, closed ones last; forms to
// record, edit and close risks (risk.edit) appear only for those allowed; the actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/kpis/disclosure";
import { RiskCard } from "@/components/risks/risk-card";
import { RiskFields } from "@/components/risks/risk-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listInitiativeRisks } from "@/lib/risks/queries";
import { createRisk } from "@/lib/risks/actions";

export type SectionProps = { initiativeId: string; viewer: SessionUser };

export async function RisksSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeRisks(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("risks");
  const tf = await getTranslations("forms");
  return (
    <CollapsibleSection id="risks" title={t("title")}>
      {data.risks.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {data.risks.map((risk) => (
            <li key={risk.id}>
              <RiskCard risk={risk} canEdit={data.canEdit} owners={data.owners} />
            </li>
          ))}
        </ul>
      )}
      {data.canEdit && (
        <Disclosure summary={t("new")} className="mt-4">
          <ActionForm action={createRisk} schema="risk.create" label={t("newLabel")} resetOnSuccess successMessage={t("created")} className="grid gap-3 sm:grid-cols-2">
            <input type="hidden" name="initiativeId" value={initiativeId} />
            <RiskFields owners={data.owners} />
            <div className="sm:col-span-2">
              <SubmitButton>{tf("create")}</SubmitButton>
            </div>
          </ActionForm>
        </Disclosure>
      )}
    </CollapsibleSection>
  );
}
