// One risk of an initiative: title, status, score (probability × impact) with its level in words
// and colour, description, mitigation and owner; for those allowed, the forms to edit and close it.
import { getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/kpis/disclosure";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { RowIds } from "@/components/ui/row-ids";
import type { RiskRow } from "@/lib/risks/queries";
import type { RiskLevel } from "@/lib/risks/score";
import { closeRisk, updateRisk } from "@/lib/risks/actions";
import { RiskFields } from "./risk-fields";

const levelStyle: Record<RiskLevel, string> = {
  LOW: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  MEDIUM: "bg-amber-100 text-amber-950 ring-amber-300",
  HIGH: "bg-red-100 text-red-900 ring-red-300",
};

export async function RiskCard({ risk, canEdit, owners }: { risk: RiskRow; canEdit: boolean; owners: { id: string; name: string }[] }) {
  const t = await getTranslations("risks");
  const tf = await getTranslations("forms");
  const headingId = `risk-${risk.id}`;
  const closed = risk.status === "CLOSED";
  return (
    <article aria-labelledby={headingId} className={`rounded border p-4 ${closed ? "border-slate-200 bg-slate-50" : "border-slate-300"}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold">{risk.title}</h3>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-slate-100 px-2 py-0.5 ring-1 ring-slate-300">{t(`status.${risk.status}`)}</span>
          <span className={`rounded px-2 py-0.5 ring-1 ${levelStyle[risk.level]}`}>
            {t("score")}: {t("scoreValue", { probability: risk.probability, impact: risk.impact, score: risk.score })} ({t(`level.${risk.level}`)})
          </span>
        </p>
      </div>
      {risk.description && <p className="mt-2 whitespace-pre-line">{risk.description}</p>}
      <dl className="mt-3 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        <div><dt className="font-semibold">{t("probability")}</dt><dd>{t(`probabilityLevel.${risk.probability}`)}</dd></div>
        <div><dt className="font-semibold">{t("impact")}</dt><dd>{t(`impactLevel.${risk.impact}`)}</dd></div>
        {risk.mitigation && <div className="sm:col-span-2"><dt className="font-semibold">{t("mitigation")}</dt><dd className="whitespace-pre-line">{risk.mitigation}</dd></div>}
        <div><dt className="font-semibold">{t("owner")}</dt><dd>{risk.owner?.name ?? t("noOwner")}</dd></div>
      </dl>
      {canEdit && (
        <div className="mt-3 space-y-2">
          <Disclosure summary={t("edit")}>
            <ActionForm action={updateRisk} schema="risk.update" label={t("editLabel", { title: risk.title })} className="grid gap-3 sm:grid-cols-2">
              <RowIds row={risk} />
              <RiskFields risk={risk} owners={owners} />
              <div className="sm:col-span-2">
                <SubmitButton>{tf("save")}</SubmitButton>
              </div>
            </ActionForm>
          </Disclosure>
          {!closed && (
            <ActionForm action={closeRisk} label={t("closeLabel", { title: risk.title })} successMessage={t("closed")}>
              <RowIds row={risk} />
              <SubmitButton variant="secondary">{t("close")}</SubmitButton>
            </ActionForm>
          )}
        </div>
      )}
    </article>
  );
}
