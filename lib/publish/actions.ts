"use server";
// Thin server actions for deciding on publication requests: logic and authorization live in lib/publish/mutations.ts.
import { serverAction } from "@/lib/actions/server";
import { approvePublishAction, rejectPublishAction, withdrawPublishAction } from "./mutations";

export const approvePublish = serverAction(approvePublishAction);
export const rejectPublish = serverAction(rejectPublishAction);
export const withdrawPublish = serverAction(withdrawPublishAction);
