// Overview section of the internal initiative page: progress that explains itself, when a person
// last updated the initiative (and whether that is too long ago), the initiative's data to read
// (with the health suggested by its data beside the health set by hand),
// and, for those who may change it, the grouped edit forms (Stammdaten, Status und Lage,
// Sichtbarkeit, Projektleitung, Partner). The server actions check the permission again.
import { CollapsibleSection } from "@/components/initiatives/collapsible-section";
import { RowIds } from "@/components/ui/row-ids";
import { appNow } from "@/lib/dates";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  addContributingDepartment,
  addInitiativeLead,
  addInitiativePartner,
  archiveInitiative,
  removeContributingDepartment,
  removeInitiativeLead,
  removeInitiativeMember,
  removeInitiativePartner,
  setInitiativeMember,
  setInitiativeStatus,
  setInitiativeSuccessor,
  setInitiativeVisibility,
  unarchiveInitiative,
  updateInitiative,
  updateInitiativePartner,
} from "@/lib/initiatives/actions";
import { InitiativeForm } from "@/components/initiatives/edit/initiative-form";
import { ContributingDepartmentsEditor } from "@/components/initiatives/edit/contributing-departments-editor";
import { LeadsEditor } from "@/components/initiatives/edit/leads-editor";
import { MembersEditor } from "@/components/initiatives/edit/members-editor";
import { MasterDataFields } from "@/components/initiatives/edit/master-data-fields";
import { OverviewSummary } from "@/components/initiatives/edit/overview-summary";
import { PartnersEditor } from "@/components/initiatives/edit/partners-editor";
import { ProgressPanel } from "@/components/initiatives/edit/progress-panel";
import { ArchiveForm, StatusForm, VisibilityForm } from "@/components/initiatives/edit/state-forms";
import { SuccessionForm, SuccessionNote } from "@/components/initiatives/edit/succession";
import { getSuccession } from "@/lib/initiatives/succession-queries";
import { SubmitButton } from "@/components/ui/action-form";
import { can } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { getInitiativeOverview, initiativeEditOptions, initiativeMilestoneFacts, lastUpdateByPerson } from "@/lib/initiatives/edit-queries";
import { isStale, staleAfterDays } from "@/lib/initiatives/freshness";
import { getInitiativeHealth, suggestHealth } from "@/lib/initiatives/health-suggestion";
import { memberFacts } from "@/lib/initiatives/facts";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { cityToday } from "@/lib/kpis/mutations";
import type { SectionProps } from "./section-props";

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-semibold text-brand-700">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

export async function OverviewSection({ initiativeId, viewer }: SectionProps) {
  const prisma = await db();
  const [i, milestones, last, health, succession] = await Promise.all([
    getInitiativeOverview(prisma, viewer, initiativeId),
    initiativeMilestoneFacts(prisma, viewer, initiativeId, cityToday()),
    lastUpdateByPerson(prisma, viewer, initiativeId),
    getInitiativeHealth(prisma, viewer, initiativeId),
    getSuccession(prisma, viewer, initiativeId),
  ]);
  if (!i) return null;
  const facts = {
    departmentId: i.department.id,
    leadUserIds: i.leads.map((l) => l.id),
    ...memberFacts(i.members.map((m) => ({ userId: m.id, role: m.memberRole }))),
  };
  const mayUpdate = can(viewer, "initiative.update", facts);
  const mayAssignLeads = can(viewer, "initiative.assignLeads", facts);
  const mayAssignMembers = can(viewer, "initiative.assignMembers", facts);
  const options = mayUpdate || mayAssignLeads || mayAssignMembers ? await initiativeEditOptions(prisma, viewer, { fieldOfActionId: i.fieldOfAction.id, districtIds: i.districts.map((d) => d.id) }) : null;
  const days = staleAfterDays();
  const [t, format] = await Promise.all([getTranslations("initiatives"), getFormatter()]);

  return (
    <CollapsibleSection id="overview" title={t("overview.heading")}>
      {i.archivedAt && (
        <p className="mt-2 rounded bg-slate-100 p-2 text-sm ring-1 ring-slate-300">
          {t("overview.archived", { date: format.dateTime(i.archivedAt, { dateStyle: "medium" }) })}
        </p>
      )}
      {succession && <SuccessionNote succession={succession} />}
      <ProgressPanel
        facts={{
          status: i.status,
          progress: initiativeProgress(i.status, milestones),
          ...milestones,
          lastUpdated: last ? { at: last.at, name: last.actor?.name ?? null } : null,
          stale: isStale(last?.at ?? null, appNow(), days),
          staleAfterDays: days,
        }}
      />
      <OverviewSummary i={i} suggestion={health?.suggestion ?? null} />
      {options ? (
        <div className="mt-6">
          <h3 className="text-lg font-semibold">{t("edit.heading")}</h3>
          <div className="mt-2 space-y-3">
            {mayUpdate && (
              <>
                <Group title={t("edit.masterData")}>
                  <InitiativeForm action={updateInitiative} schema="initiative.update" label={t("edit.masterData")} currentCode={i.code} className="grid gap-3 sm:grid-cols-2">
                    <RowIds row={i} />
                    <MasterDataFields
                      mode="edit"
                      defaults={{ ...i, fieldOfActionId: i.fieldOfAction.id, departmentId: i.department.id, districtIds: i.districts.map((d) => d.id) }}
                      fields={options.fields}
                      departments={options.departments}
                      districts={options.districts}
                    />
                    <div className="sm:col-span-2"><SubmitButton>{t("edit.save")}</SubmitButton></div>
                  </InitiativeForm>
                </Group>
                <Group title={t("edit.status")}>
                  <StatusForm i={i} action={setInitiativeStatus} suggestion={health ? suggestHealth(health.facts, { disregardStaleness: true }) : null} />
                </Group>
                <Group title={t("edit.visibility")}>
                  <VisibilityForm i={i} action={setInitiativeVisibility} />
                  <ArchiveForm i={i} archive={archiveInitiative} unarchive={unarchiveInitiative} />
                  {succession && <SuccessionForm i={i} succession={succession} action={setInitiativeSuccessor} />}
                </Group>
              </>
            )}
            {mayAssignLeads && (
              <Group title={t("edit.leads")}>
                <LeadsEditor initiativeId={i.id} leads={i.leads} candidates={options.leadCandidates} add={addInitiativeLead} remove={removeInitiativeLead} />
              </Group>
            )}
            {mayAssignMembers && (
              <Group title={t("edit.members")}>
                <MembersEditor
                  initiativeId={i.id}
                  members={i.members}
                  leadUserIds={i.leads.map((l) => l.id)}
                  candidates={options.leadCandidates}
                  partnerContacts={options.partnerContactCandidates.filter((c) => i.partners.some((p) => p.partner.id === c.partnerId))}
                  set={setInitiativeMember}
                  remove={removeInitiativeMember}
                />
              </Group>
            )}
            {mayUpdate && (
              <Group title={t("edit.contributingDepartments")}>
                <ContributingDepartmentsEditor
                  initiativeId={i.id}
                  leadDepartment={i.department}
                  contributing={i.contributingDepartments}
                  departments={options.allDepartments}
                  add={addContributingDepartment}
                  remove={removeContributingDepartment}
                />
              </Group>
            )}
            {mayUpdate && (
              <Group title={t("edit.partners")}>
                <PartnersEditor
                  initiativeId={i.id}
                  links={i.partners}
                  partners={options.partners}
                  add={addInitiativePartner}
                  update={updateInitiativePartner}
                  remove={removeInitiativePartner}
                />
              </Group>
            )}
          </div>
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-700">{t("overview.readOnlyNote")}</p>
      )}
    </CollapsibleSection>
  );
}
