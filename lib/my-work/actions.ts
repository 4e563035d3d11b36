"use server";
// Thin server actions for following an initiative: logic and authorization live in lib/my-work/follows.ts.
import { serverAction } from "@/lib/actions/server";
import { followInitiativeAction, unfollowInitiativeAction } from "@/lib/my-work/follows";

export const followInitiative = serverAction(followInitiativeAction);
export const unfollowInitiative = serverAction(unfollowInitiativeAction);
