"use server";
// Thin server action for creating an initiative: logic, validation and authorization live in lib/initiatives/mutations/create.ts.
import { serverAction } from "@/lib/actions/server";
import { createInitiativeAction } from "@/lib/initiatives/mutations/create";

export const createInitiative = serverAction(createInitiativeAction);
