// Input schemas of the notification actions; client-safe (zod and constants only), so forms check
// with the very schema the action validates with (lib/forms/action-schemas.ts).
import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { CATEGORIES, FREQUENCIES } from "./preferences";

export const updateNotificationPreferencesInput = z.object({
  ...(Object.fromEntries(CATEGORIES.map((c) => [c, z.enum(FREQUENCIES)])) as Record<(typeof CATEGORIES)[number], z.ZodEnum<{ [K in (typeof FREQUENCIES)[number]]: K }>>),
  locale: z.enum(locales),
});
