"use server";
// Thin server actions for plan baselines: all logic, validation and authorization live in lib/baselines/mutations.ts.
import { serverAction } from "@/lib/actions/server";
import { freezeBaselineAction } from "@/lib/baselines/mutations";

export const freezeBaseline = serverAction(freezeBaselineAction);
