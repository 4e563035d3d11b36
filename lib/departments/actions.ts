"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { createDepartmentAction, deleteDepartmentAction, updateDepartmentAction } from "@/lib/departments/mutations";

export const createDepartment = serverAction(createDepartmentAction);
export const updateDepartment = serverAction(updateDepartmentAction);
export const deleteDepartment = serverAction(deleteDepartmentAction);
