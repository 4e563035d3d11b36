"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createPartnerAction, deletePartnerAction, updatePartnerAction } from "@/lib/partners/mutations";

export const createPartner = serverAction(createPartnerAction);
export const updatePartner = serverAction(updatePartnerAction);
export const deletePartner = serverAction(deletePartnerAction);
