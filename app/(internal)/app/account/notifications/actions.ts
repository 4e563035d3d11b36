"use server";
import { serverAction } from "@/lib/actions/server";
import { updateNotificationPreferencesAction } from "@/lib/notifications/mutations";

export const updateNotificationPreferences = serverAction(updateNotificationPreferencesAction);
