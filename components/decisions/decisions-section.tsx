// Council decisions section of the internal initiative page: the decisions the initiative rests on,
// in words with their link; whoever may (councilDecision.attach) records a new one, attaches one
// from the register or detaches one. The actions check again.
import { getTranslations } from "next-intl/server";
import { ListSection } from "@/components/initiatives/list-section";
import type { SectionProps } from "@/components/initiatives/sections/section-props";
import { CreateDisclosure } from "@/components/kpis/create-disclosure";
import { ActionForm, Field, SubmitButton } from "@/components/ui/action-form";
import { db } from "@/lib/db/client";
import { attachDecision, createDecision, detachDecision } from "@/lib/decisions/actions";
import { listInitiativeDecisions } from "@/lib/decisions/queries";
import { DecisionFields } from "./decision-fields";
import { DecisionWords } from "./decision-words";

export async function DecisionsSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeDecisions(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("decisions");
  const tf = await getTranslations("forms");
  return (
    <ListSection id="decisions" title={t("sectionTitle")} empty={t("empty")} items={data.decisions} itemKey={(d) => d.linkId} testId="decision" item={(d) => (
        <>
          <DecisionWords decision={d} />
          {!d.isPublic && <span className="mt-1 inline-block rounded bg-slate-200 px-2 text-xs text-slate-900">{t("internal")}</span>}
          {data.canAttach && (
            <ActionForm action={detachDecision} label={t("detachLabel", { number: d.number })} className="mt-2">
              <input type="hidden" name="linkId" value={d.linkId} />
              <SubmitButton variant="secondary">{t("detach")}</SubmitButton>
            </ActionForm>
          )}
        </>
      )}
    >
      {data.canAttach && data.choices.length > 0 && (
        <ActionForm action={attachDecision} label={t("attachLabel")} className="mt-4 grid gap-3 sm:grid-cols-2 sm:items-end">
          <input type="hidden" name="targetKind" value="initiative" />
          <input type="hidden" name="targetId" value={initiativeId} />
          <Field name="decisionId" label={t("attachLabel")} type="select" options={data.choices.map((c) => ({ value: c.id, label: c.label }))} required />
          <div><SubmitButton>{t("attach")}</SubmitButton></div>
        </ActionForm>
      )}
      {data.canAttach && (
        <CreateDisclosure summary={t("new")} submitLabel={tf("create")} action={createDecision} schema="councilDecision.create" label={t("newLabel")} successMessage={t("created")} booleans={["isPublic"]}>
          <input type="hidden" name="targetKind" value="initiative" />
          <input type="hidden" name="targetId" value={initiativeId} />
          <DecisionFields />
        </CreateDisclosure>
      )}
    </ListSection>
  );
}
