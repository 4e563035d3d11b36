"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { addDependencyAction, removeDependencyAction } from "@/lib/dependencies/mutations";

export const addDependency = serverAction(addDependencyAction);
export const removeDependency = serverAction(removeDependencyAction);
