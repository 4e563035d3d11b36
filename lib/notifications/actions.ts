"use server";
// Thin server actions for notifications and their preferences: logic and authorization live in the action definitions.
import { serverAction } from "@/lib/actions/server";
import { markNotificationReadAction, updateNotificationPreferencesAction } from "@/lib/notifications/mutations";

export const updateNotificationPreferences = serverAction(updateNotificationPreferencesAction);
export const markNotificationRead = serverAction(markNotificationReadAction);
