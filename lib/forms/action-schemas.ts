// The input schema of every action a form submits to, by the action's name: a server component
// cannot hand a zod schema to the client-side ActionForm (props must be serialisable), so it names
// the action (`schema="risk.create"`) and the form finds the very schema object the action
// validates with. action-schemas.test.ts checks each entry is identical to its action's `input`.
// Only lib/<domain>/schemas modules are imported here: they are client-safe (zod, enums, pure helpers).
import type { z } from "zod";
import * as account from "@/lib/account/schemas";
import * as branding from "@/lib/branding/schemas";
import * as budget from "@/lib/budget/schemas";
import * as comments from "@/lib/comments/schemas";
import * as decisions from "@/lib/decisions/schemas";
import * as departments from "@/lib/departments/schemas";
import * as dependencies from "@/lib/dependencies/schemas";
import * as feedback from "@/lib/feedback/schemas";
import * as funding from "@/lib/funding/schemas";
import * as initiatives from "@/lib/initiatives/schemas";
import * as kpiDefinitions from "@/lib/kpis/definition-schemas";
import * as kpis from "@/lib/kpis/schemas";
import * as map from "@/lib/map/schemas";
import * as milestones from "@/lib/milestones/schemas";
import * as notifications from "@/lib/notifications/schemas";
import * as partners from "@/lib/partners/schemas";
import * as plan from "@/lib/plan/schemas";
import * as publish from "@/lib/publish/schemas";
import * as reports from "@/lib/reports/schemas";
import * as risks from "@/lib/risks/schemas";
import * as sessions from "@/lib/sessions/schemas";
import * as tokens from "@/lib/tokens/schemas";
import * as users from "@/lib/users/schemas";

export const ACTION_SCHEMAS = {
  "account.changePassword": account.changeOwnPasswordInput,
  "account.mfa.confirm": account.confirmMfaInput,
  "account.mfa.verify": account.verifyMfaInput,
  "account.reauthenticate": account.reauthenticateInput,
  "budgetLine.create": budget.createBudgetLineInput,
  "budgetLine.plan": budget.updateBudgetPlanInput,
  "budgetLine.recordActual": budget.recordBudgetActualInput,
  "budgetLine.delete": budget.deleteBudgetLineInput,
  "citySettings.update": branding.updateCitySettingsInput,
  "comment.create": comments.createCommentInput,
  "councilDecision.create": decisions.createDecisionInput,
  "councilDecision.update": decisions.updateDecisionInput,
  "comment.createOnReport": comments.createReportCommentInput,
  "comment.update": comments.updateCommentInput,
  "comment.delete": comments.deleteCommentInput,
  "department.create": departments.createDepartmentInput,
  "department.update": departments.updateDepartmentInput,
  "department.delete": departments.deleteDepartmentInput,
  "initiative.create": initiatives.createInitiativeInput,
  "initiative.update": initiatives.updateInitiativeInput,
  "initiative.setStatus": initiatives.setInitiativeStatusInput,
  "initiative.setVisibility": initiatives.setInitiativeVisibilityInput,
  "initiative.archive": initiatives.archiveInitiativeInput,
  "initiative.unarchive": initiatives.archiveInitiativeInput,
  "initiative.addLead": initiatives.initiativeLeadInput,
  "initiative.removeLead": initiatives.initiativeLeadInput,
  "initiative.setMember": initiatives.initiativeMemberInput,
  "initiative.removeMember": initiatives.initiativeLeadInput,
  "initiative.addContributingDepartment": initiatives.contributingDepartmentInput,
  "initiative.removeContributingDepartment": initiatives.contributingDepartmentInput,
  "initiative.addPartner": initiatives.addInitiativePartnerInput,
  "initiative.updatePartner": initiatives.updateInitiativePartnerInput,
  "initiative.removePartner": initiatives.removeInitiativePartnerInput,
  "kpi.create": kpiDefinitions.createKpiDefinitionInput,
  "kpi.createForPlan": kpiDefinitions.createPlanKpiDefinitionInput,
  "kpi.update": kpiDefinitions.updateKpiDefinitionInput,
  "kpi.delete": kpiDefinitions.deleteKpiDefinitionInput,
  "kpiMeasurement.record": kpis.recordKpiMeasurementInput,
  "milestone.create": milestones.addMilestoneInput,
  "feedback.answer": feedback.answerFeedbackInput,
  "feedback.publish": feedback.publishFeedbackInput,
  "feedback.discard": feedback.discardFeedbackInput,
  "publish.approve": publish.approvePublishInput,
  "publish.reject": publish.rejectPublishInput,
  "publish.withdraw": publish.withdrawPublishInput,
  "milestone.update": milestones.editMilestoneInput,
  "milestone.reorder": milestones.reorderMilestoneInput,
  "milestone.delete": milestones.deleteMilestoneInput,
  "milestone.complete": milestones.completeMilestoneInput,
  "milestone.reopen": milestones.reopenMilestoneInput,
  "milestone.moveForecast": milestones.moveForecastInput,
  "notificationPrefs.update": notifications.updateNotificationPreferencesInput,
  "fundingProgramme.create": funding.createFundingProgrammeInput,
  "fundingProgramme.update": funding.updateFundingProgrammeInput,
  "partner.create": partners.createPartnerInput,
  "partner.update": partners.updatePartnerInput,
  "partner.delete": partners.deletePartnerInput,
  "masterplan.create": plan.createMasterplanInput,
  "masterplan.update": plan.updateMasterplanInput,
  "fieldOfAction.create": plan.createFieldOfActionInput,
  "fieldOfAction.update": plan.updateFieldOfActionInput,
  "fieldOfAction.move": plan.moveFieldOfActionInput,
  "dependency.create": dependencies.addDependencyInput,
  "fieldOfAction.delete": plan.rowVersionInput,
  "district.create": plan.createDistrictInput,
  "district.update": plan.updateDistrictInput,
  "district.delete": plan.rowVersionInput,
  "statusReport.createDraft": reports.createReportDraftInput,
  "statusReport.update": reports.updateReportInput,
  "statusReport.submit": reports.reportTransitionInput,
  "statusReport.approve": reports.reportTransitionInput,
  "statusReport.return": reports.returnReportInput,
  "risk.create": risks.createRiskInput,
  "initiativeLocation.create": map.addInitiativeLocationInput,
  "risk.update": risks.updateRiskInput,
  "risk.close": risks.closeRiskInput,
  "session.end": sessions.endSessionInput,
  "session.endOthers": sessions.endOtherSessionsInput,
  "user.endSessions": sessions.endUserSessionsInput,
  "token.create": tokens.createTokenInput,
  "token.revoke": tokens.revokeTokenInput,
  "user.create": users.createUserInput,
  "user.update": users.updateUserInput,
  "user.deactivate": users.userStateInput,
  "user.reactivate": users.userStateInput,
} satisfies Record<string, z.ZodType>;

/** The name of an action whose input schema a form can check before sending. */
export type FormSchemaName = keyof typeof ACTION_SCHEMAS;
