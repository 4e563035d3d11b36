"use server";
import { serverAction } from "@/lib/actions/server";
import { markNotificationReadAction } from "@/lib/notifications/mutations";

export const markNotificationRead = serverAction(markNotificationReadAction);
