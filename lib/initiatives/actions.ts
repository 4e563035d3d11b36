"use server";
// Thin server actions for initiatives (create; master data, status, visibility, archive, project
// leads, partners): all logic, validation and authorization live in lib/initiatives/mutations.
import { serverAction } from "@/lib/actions/server";
import { createInitiativeAction } from "@/lib/initiatives/mutations/create";
import { addInitiativeLeadAction, removeInitiativeLeadAction } from "@/lib/initiatives/mutations/leads";
import { addInitiativePartnerAction, removeInitiativePartnerAction, updateInitiativePartnerAction } from "@/lib/initiatives/mutations/partners";
import { archiveInitiativeAction, setInitiativeStatusAction, setInitiativeVisibilityAction, unarchiveInitiativeAction } from "@/lib/initiatives/mutations/state";
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
