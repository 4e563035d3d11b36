// Dependencies section of the internal initiative page: what the initiative (or one of its
// milestones) needs, with the slip flag where the predecessor is late, and what waits for it. The
// add and remove forms appear only for those who may plan it (dependency.edit); the actions check
// again, and refuse cycles, self-dependencies and duplicates next to the field.
import { getTranslations } from "next-intl/server";
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import type { SectionProps } from "@/components/initiatives/sections/section-props";
import { CreateDisclosure } from "@/components/kpis/create-disclosure";
import { ActionForm, Field } from "@/components/ui/action-form";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { db } from "@/lib/db/client";
import { addDependency, removeDependency } from "@/lib/dependencies/actions";
import { listInitiativeDependencies, type DependencyView } from "@/lib/dependencies/queries";
import { DependencyKind } from "@/lib/generated/prisma/enums";
import { SlipFlag } from "./slip-flag";

export async function DependenciesSection({ initiativeId, viewer }: SectionProps) {
  const data = await listInitiativeDependencies(await db(), viewer, initiativeId);
  if (!data) return null;
  const t = await getTranslations("dependencies");
  const tf = await getTranslations("forms");
  const row = (d: DependencyView, side: "predecessor" | "successor") => (
    <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-slate-300 p-3" data-dependency={`${d.successor.label} > ${d.predecessor.label}`}>
      <span>
        {t("row", { successor: d.successor.label, kind: t(`kind.${d.kind}`), predecessor: d.predecessor.label })}
        {side === "predecessor" ? <span className="text-slate-700"> – {d.predecessor.milestoneTitle ?? d.predecessor.title}</span> : <span className="text-slate-700"> – {d.successor.milestoneTitle ?? d.successor.title}</span>}
      </span>
      {d.riskDays !== null ? <SlipFlag predecessor={d.predecessor.label} days={d.riskDays} /> : <span className="text-sm text-slate-700">({t("noRisk")})</span>}
      {data.canEdit && side === "predecessor" && (
        <ActionForm action={removeDependency} label={t("removeLabel", { successor: d.successor.label, predecessor: d.predecessor.label })} successMessage={t("removed")}>
          <input type="hidden" name="id" value={d.id} />
          <ConfirmSubmitButton question="remove">{t("remove")}</ConfirmSubmitButton>
        </ActionForm>
      )}
    </li>
  );
  const predecessorOptions = [
    { value: "", label: t("predecessorPlaceholder") },
    ...data.candidates.flatMap((i) => [
      { value: `initiative:${i.id}`, label: t("wholeInitiative", { code: i.code, title: i.title }) },
      ...i.milestones.map((m) => ({ value: `milestone:${m.id}`, label: t("milestoneOption", { code: i.code, title: m.code ? `${m.code} ${m.title}` : m.title }) })),
    ]),
  ];
  return (
    <CollapsibleSection id="dependencies" title={t("title")}>
      <h3 className="mt-2 font-semibold">{t("needsHeading")}</h3>
      {data.needs.length ? <ul className="mt-2 space-y-2">{data.needs.map((d) => row(d, "predecessor"))}</ul> : <p className="mt-1">{t("emptyNeeds")}</p>}
      <h3 className="mt-4 font-semibold">{t("neededByHeading")}</h3>
      {data.neededBy.length ? <ul className="mt-2 space-y-2">{data.neededBy.map((d) => row(d, "successor"))}</ul> : <p className="mt-1">{t("emptyNeededBy")}</p>}
      <p className="mt-3 text-sm text-slate-700">{t("slipRule")}</p>
      {data.canEdit && (
        <CreateDisclosure summary={t("new")} submitLabel={tf("create")} action={addDependency} schema="dependency.create" label={t("newLabel")} successMessage={t("created")}>
          <input type="hidden" name="initiativeId" value={initiativeId} />
          <Field
            name="successorMilestoneId"
            type="select"
            label={t("successor")}
            defaultValue=""
            options={[{ value: "", label: t("successorWhole") }, ...data.ownMilestones.map((m) => ({ value: m.id, label: m.code ? `${m.code} ${m.title}` : m.title }))]}
          />
          <Field name="kind" type="select" label={t("kindLabel")} defaultValue="NEEDS" options={Object.values(DependencyKind).map((k) => ({ value: k, label: t(`kind.${k}`) }))} required />
          <Field name="predecessor" type="select" label={t("predecessor")} defaultValue="" options={predecessorOptions} required wide />
        </CreateDisclosure>
      )}
    </CollapsibleSection>
  );
}
