// The new-initiative form's first steps: project leads (a group of checkboxes: active project leads
// and department heads, as on the initiative page), partners with their role, and the first
// milestones (title, code, baseline, forecast, weight, public), each a list of rows the user adds
// and removes with buttons. Errors of a row appear next to that row's input (milestones.2.baselineDate).
import { getTranslations } from "next-intl/server";
import { PartnerRole } from "@/lib/generated/prisma/enums";
import type { NewInitiativeOptions } from "@/lib/initiatives/edit-queries";
import { MAX_FIRST_MILESTONES, MAX_FIRST_PARTNERS } from "@/lib/initiatives/schemas";
import { DistrictsField } from "./districts-field";
import { RepeatableRows } from "./repeatable-rows";

const MILESTONE_ROWS = 2;
const PARTNER_ROWS = 1;

export async function FirstStepsFields({ leadCandidates, partners }: Pick<NewInitiativeOptions, "leadCandidates" | "partners">) {
  const [t, tRole, tPartnerRole] = await Promise.all([getTranslations("initiatives"), getTranslations("role"), getTranslations("partnerRole")]);
  // A list of rows (field name, legend, hint, add/remove texts) by the messages' common prefix ("partner", "milestone").
  const rows = (kind: "partner" | "milestone", initialRows: number, max: number) => ({
    name: `${kind}s`,
    legend: t(`${kind}sLegend`),
    hint: t(`${kind}sHint`),
    initialRows,
    max,
    texts: {
      add: t(`${kind}Add`),
      remove: t.raw(`${kind}Remove`),
      added: t.raw(`${kind}Added`),
      removed: t.raw(`${kind}Removed`),
      limit: t(`${kind}sLimit`, { max }),
    },
  });
  const milestoneRows = rows("milestone", MILESTONE_ROWS, MAX_FIRST_MILESTONES);
  return (
    <section aria-labelledby="first-steps-heading" className="mt-4 grid gap-6 border-t border-slate-200 pt-4 sm:col-span-2">
      <div>
        <h2 id="first-steps-heading" className="text-lg font-semibold">{t("firstStepsHeading")}</h2>
        <p className="text-sm text-slate-700">{t("firstStepsIntro")}</p>
      </div>
      {leadCandidates.length > 0 && (
        <DistrictsField
          name="leadUserIds"
          legend={t("leadsLegend")}
          hint={t("leadsHint")}
          options={leadCandidates.map((u) => ({
            value: u.id,
            label: u.departmentCode
              ? t("edit.candidate", { name: u.name, role: tRole(u.role), department: u.departmentCode })
              : t("edit.candidateNoDepartment", { name: u.name, role: tRole(u.role) }),
          }))}
          defaultIds={[]}
        />
      )}
      {partners.length > 0 && (
        <RepeatableRows
          {...rows("partner", PARTNER_ROWS, MAX_FIRST_PARTNERS)}
          rowClassName="grid gap-3 sm:grid-cols-2"
          fields={[
            { key: "partnerId", type: "select", label: t.raw("partnerLabel"), options: [{ value: "", label: t("partnerNone") }, ...partners.map((p) => ({ value: p.id, label: p.name }))] },
            { key: "role", type: "select", label: t.raw("partnerRoleLabel"), options: Object.values(PartnerRole).map((r) => ({ value: r, label: tPartnerRole(r) })) },
          ]}
        />
      )}
      <RepeatableRows
        {...milestoneRows}
        rowClassName="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem] md:grid-cols-[minmax(0,1fr)_9rem_11rem_11rem]"
        fields={[
          { key: "title", label: t.raw("milestoneTitle") },
          { key: "code", label: t.raw("milestoneCode") },
          { key: "baselineDate", type: "date", label: t.raw("milestoneBaseline") },
          { key: "forecastDate", type: "date", label: t.raw("milestoneForecast") },
          { key: "weight", type: "number", label: t.raw("milestoneWeight"), defaultValue: "1", min: 1, max: 10 },
          { key: "isPublic", type: "checkbox", label: t.raw("milestonePublic"), defaultValue: true },
        ]}
        texts={{ row: t.raw("milestoneRow"), ...milestoneRows.texts }}
      />
    </section>
  );
}
