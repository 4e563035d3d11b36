"use server";
// Thin server actions for initiatives (create; master data, status, visibility, archive, project
// leads, deputies and editors, contributing departments, partners): all logic, validation and authorization live in lib/initiatives/mutations.
import { serverAction } from "@/lib/actions/server";
import { createInitiativeAction } from "@/lib/initiatives/mutations/create";
import { addContributingDepartmentAction, removeContributingDepartmentAction } from "@/lib/initiatives/mutations/departments";
import { addInitiativeLeadAction, removeInitiativeLeadAction } from "@/lib/initiatives/mutations/leads";
import { removeInitiativeMemberAction, setInitiativeMemberAction } from "@/lib/initiatives/mutations/members";
import { addInitiativePartnerAction, removeInitiativePartnerAction, updateInitiativePartnerAction } from "@/lib/initiatives/mutations/partners";
import { archiveInitiativeAction, setInitiativeStatusAction, setInitiativeVisibilityAction, unarchiveInitiativeAction } from "@/lib/initiatives/mutations/state";
import { setInitiativeSuccessorAction } from "@/lib/initiatives/mutations/succession";
import { updateInitiativeAction } from "@/lib/initiatives/mutations/update";

export const createInitiative = serverAction(createInitiativeAction);
export const updateInitiative = serverAction(updateInitiativeAction);
export const setInitiativeStatus = serverAction(setInitiativeStatusAction);
export const setInitiativeVisibility = serverAction(setInitiativeVisibilityAction);
export const archiveInitiative = serverAction(archiveInitiativeAction);
export const unarchiveInitiative = serverAction(unarchiveInitiativeAction);
export const addInitiativeLead = serverAction(addInitiativeLeadAction);
export const removeInitiativeLead = serverAction(removeInitiativeLeadAction);
export const addInitiativePartner = serverAction(addInitiativePartnerAction);
export const updateInitiativePartner = serverAction(updateInitiativePartnerAction);
export const removeInitiativePartner = serverAction(removeInitiativePartnerAction);
export const setInitiativeMember = serverAction(setInitiativeMemberAction);
export const removeInitiativeMember = serverAction(removeInitiativeMemberAction);
export const addContributingDepartment = serverAction(addContributingDepartmentAction);
export const removeContributingDepartment = serverAction(removeContributingDepartmentAction);
export const setInitiativeSuccessor = serverAction(setInitiativeSuccessorAction);
