// Risks section of the internal initiative page: open risks by score, closed ones last; forms to
// record, edit and close risks (risk.edit) appear only for those allowed; the actions check again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { getTranslations } from "next-intl/server";
import { CardList, CreateDisclosure } from "@/components/kpis/create-disclosure";
import { RiskCard } from "@/components/risks/risk-card";
import { RiskFields } from "@/components/risks/risk-fields";
import { db } from "@/lib/db/client";
import { listInitiativeRisks } from "@/lib/risks/queries";
import { createRisk } from "@/lib/risks/actions";
import type { SectionProps } from "./section-props";

export async function RisksSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeRisks(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("risks");
  const tf = await getTranslations("forms");
  return (
    <CollapsibleSection id="risks" title={t("title")}>
      <CardList items={data.risks} empty={t("empty")} card={(risk) => <RiskCard risk={risk} canEdit={data.canEdit} owners={data.owners} />} />
      {data.canEdit && (
        <CreateDisclosure summary={t("new")} submitLabel={tf("create")} action={createRisk} schema="risk.create" label={t("newLabel")} successMessage={t("created")}>
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <RiskFields owners={data.owners} />
        </CreateDisclosure>
      )}
    </CollapsibleSection>
  );
}
