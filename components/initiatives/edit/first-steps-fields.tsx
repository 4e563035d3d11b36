// The new-initiative form's first steps: project leads (checkboxes), partners with their role
// (rows of two selects) and first milestones (rows of title, code, baseline). Rows are plain
// repeated inputs, usable by keyboard without any script; the schema turns them into rows and
// reports errors per row (milestones.2.baselineDate), shown next to that row's input.
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/action-form";
import { PartnerRole } from "@/lib/generated/prisma/enums";
import { MAX_FIRST_PARTNERS } from "@/lib/initiatives/schemas";
import { DistrictsField } from "./districts-field";

const MILESTONE_ROWS = 5;
const PARTNER_ROWS = Math.min(3, MAX_FIRST_PARTNERS);

export async function FirstStepsFields({
  leadCandidates,
  partners,
}: {
  leadCandidates: { id: string; name: string; departmentCode: string | null }[];
  partners: { id: string; name: string }[];
}) {
  const [t, tRole] = await Promise.all([getTranslations("initiatives"), getTranslations("partnerRole")]);
  return (
    <section aria-labelledby="first-steps-heading" className="mt-4 grid gap-4 border-t border-slate-200 pt-4 sm:col-span-2">
      <div>
        <h2 id="first-steps-heading" className="text-lg font-semibold">{t("firstStepsHeading")}</h2>
        <p className="text-sm text-slate-700">{t("firstStepsIntro")}</p>
      </div>
      {leadCandidates.length > 0 && (
        <DistrictsField
          name="leadUserIds"
          legend={t("leadsLegend")}
          hint={t("leadsHint")}
          options={leadCandidates.map((u) => ({ value: u.id, label: u.departmentCode ? `${u.name} (${u.departmentCode})` : u.name }))}
          defaultIds={[]}
        />
      )}
      {partners.length > 0 && (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("partnersLegend")}</legend>
          {Array.from({ length: PARTNER_ROWS }, (_, i) => (
            <div key={i} className="grid gap-3 sm:grid-cols-2">
              <Field
                name="partnerId"
                errorName={`partners.${i}.partnerId`}
                type="select"
                label={t("partnerLabel", { n: i + 1 })}
                options={[{ value: "", label: t("partnerNone") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
              />
              <Field
                name="partnerRole"
                errorName={`partners.${i}.role`}
                type="select"
                label={t("partnerRoleLabel", { n: i + 1 })}
                options={Object.values(PartnerRole).map((r) => ({ value: r, label: tRole(r) }))}
              />
            </div>
          ))}
        </fieldset>
      )}
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("milestonesLegend")}</legend>
        <p className="text-xs text-slate-700">{t("milestonesHint")}</p>
        {Array.from({ length: MILESTONE_ROWS }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-[1fr_10rem_11rem]">
            <Field name="milestoneTitle" errorName={`milestones.${i}.title`} label={t("milestoneTitle", { n: i + 1 })} />
            <Field name="milestoneCode" errorName={`milestones.${i}.code`} label={t("milestoneCode", { n: i + 1 })} />
            <Field name="milestoneBaseline" errorName={`milestones.${i}.baselineDate`} type="date" label={t("milestoneBaseline", { n: i + 1 })} />
          </div>
        ))}
      </fieldset>
    </section>
  );
}
