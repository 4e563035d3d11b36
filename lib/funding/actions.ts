"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import {
  archiveFundingProgrammeAction,
  createFundingProgrammeAction,
  unarchiveFundingProgrammeAction,
  updateFundingProgrammeAction,
} from "@/lib/funding/mutations";

export const createFundingProgramme = serverAction(createFundingProgrammeAction);
export const updateFundingProgramme = serverAction(updateFundingProgrammeAction);
export const archiveFundingProgramme = serverAction(archiveFundingProgrammeAction);
export const unarchiveFundingProgramme = serverAction(unarchiveFundingProgrammeAction);
