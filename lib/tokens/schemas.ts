// Input schemas for personal access tokens, shared by the token page's forms and the actions.
import { z } from "zod";
import { TokenScope } from "@/lib/generated/prisma/enums";

export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;

export const createTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  // Forms send one checked checkbox as a string, several as an array, none at all as nothing.
  scopes: z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(TokenScope))
      .min(1)
      .transform((s) => [...new Set(s)]),
  ),
  expiresInDays: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number().int().min(1).max(TOKEN_MAX_DAYS).default(TOKEN_DEFAULT_DAYS),
  ),
});

export const revokeTokenInput = z.object({ id: z.uuid() });
