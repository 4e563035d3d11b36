// Input schemas for partners (universities, companies … working on initiatives), shared by forms
// and server actions, and the rule that derives a partner's URL slug from its name.
import { z } from "zod";
import { PartnerKind } from "@/lib/generated/prisma/enums";

const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", ı: "i", đ: "d" };

/** "Universität Duisburg-Essen" → "universitaet-duisburg-essen": lower-case ASCII, German umlauts spelled out. */
export function partnerSlug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßẞæœøłıđ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : (v ?? null));

const partnerFields = {
  name: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .refine((name) => partnerSlug(name).length > 0, { message: "#format" }),
  kind: z.enum(PartnerKind),
  website: z.preprocess(emptyToNull, z.url({ protocol: /^https?$/ }).max(500).nullable()),
  description: z.string().trim().max(5000).default(""),
};

const id = z.uuid();
const version = z.coerce.number().int().min(1);

export const createPartnerInput = z.object(partnerFields);
export const updatePartnerInput = z.object({ id, version, ...partnerFields });
export const deletePartnerInput = z.object({ id, version });
