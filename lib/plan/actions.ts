"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import {
  archiveDistrictAction,
  createDistrictAction,
  deleteDistrictAction,
  unarchiveDistrictAction,
  updateDistrictAction,
} from "@/lib/plan/district-mutations";
import {
  archiveFieldOfActionAction,
  createFieldOfActionAction,
  deleteFieldOfActionAction,
  moveFieldOfActionAction,
  unarchiveFieldOfActionAction,
  updateFieldOfActionAction,
} from "@/lib/plan/field-mutations";
import { createMasterplanAction, updateMasterplanAction } from "@/lib/plan/masterplan-mutations";

export const createMasterplan = serverAction(createMasterplanAction);
export const updateMasterplan = serverAction(updateMasterplanAction);
export const createFieldOfAction = serverAction(createFieldOfActionAction);
export const updateFieldOfAction = serverAction(updateFieldOfActionAction);
export const moveFieldOfAction = serverAction(moveFieldOfActionAction);
export const archiveFieldOfAction = serverAction(archiveFieldOfActionAction);
export const unarchiveFieldOfAction = serverAction(unarchiveFieldOfActionAction);
export const deleteFieldOfAction = serverAction(deleteFieldOfActionAction);
export const createDistrict = serverAction(createDistrictAction);
export const updateDistrict = serverAction(updateDistrictAction);
export const archiveDistrict = serverAction(archiveDistrictAction);
export const unarchiveDistrict = serverAction(unarchiveDistrictAction);
export const deleteDistrict = serverAction(deleteDistrictAction);
