"use server";
// Thin server actions: all logic, validation and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { endOtherSessionsAction, endOwnSessionAction } from "@/lib/sessions/mutations";

export const endOwnSession = serverAction(endOwnSessionAction);
export const endOtherSessions = serverAction(endOtherSessionsAction);
