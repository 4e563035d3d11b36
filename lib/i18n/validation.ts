// Turns zod issues into field errors in the user's language, from the message catalogues (server
// side; the wording itself is lib/i18n/zod-messages.ts, which the browser's form check shares).
import { createTranslator } from "next-intl";
import type { z } from "zod";
import type { Locale } from "./config";
import de from "./messages/de.json";
import en from "./messages/en.json";
import { catalogueKey, fieldErrorsFromIssues, type ValidationTranslator } from "./zod-messages";

const catalogues = { de, en } as const;

/** Translator for validation texts: "key" means validation.key, "ns.key" a key of another namespace. */
function validationTranslator(locale: Locale): ValidationTranslator {
  const root = createTranslator({ locale, messages: catalogues[locale] }) as unknown as ValidationTranslator;
  return (key, values) => root(catalogueKey(key), values);
}

/**
 * Translates "#key" messages (from schemas or AppError details); other messages pass through.
 * "#key|{json}" carries values for the message's placeholders (see `withValues`).
 */
export function translateFieldErrors(fieldErrors: Record<string, string[]> | undefined, locale: Locale) {
  if (!fieldErrors) return undefined;
  const t = validationTranslator(locale);
  const one = (m: string) => {
    if (!m.startsWith("#")) return m;
    const bar = m.indexOf("|");
    if (bar < 0) return t(m.slice(1));
    return t(m.slice(1, bar), JSON.parse(m.slice(bar + 1)) as Record<string, string | number>);
  };
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, msgs]) => [k, msgs.map(one)]));
}

/** A "#key" field error with values for its placeholders, translated by translateFieldErrors. */
export function withValues(key: string, values: Record<string, string | number>): string {
  return `#${key}|${JSON.stringify(values)}`;
}

export function zodFieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
  return fieldErrorsFromIssues(error.issues, validationTranslator(locale));
}

/**
 * Fields holding a NUL character (U+0000), which PostgreSQL cannot store in text: found in any
 * input (objects, arrays, FormData) before its schema runs, so every action and API route answers
 * 400 with the field named instead of failing in the database with a 500.
 */
export function nulCharacterErrors(raw: unknown, locale: Locale): Record<string, string[]> | null {
  const paths: string[] = [];
  const walk = (value: unknown, path: string[], depth: number) => {
    if (depth > 20) return;
    if (typeof value === "string") {
      if (value.includes("\u0000")) paths.push(path.length ? path.join(".") : "_form");
    } else if (typeof FormData !== "undefined" && value instanceof FormData) {
      for (const [key, v] of value.entries()) walk(v, [...path, key], depth + 1);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)], depth + 1));
    } else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [key, v] of Object.entries(value)) {
        if (key.includes("\u0000")) paths.push([...path, key.replaceAll("\u0000", "\\0")].join("."));
        walk(v, [...path, key], depth + 1);
      }
    }
  };
  walk(raw, [], 0);
  if (paths.length === 0) return null;
  const t = validationTranslator(locale);
  return Object.fromEntries([...new Set(paths)].map((p) => [p, [t("validation.nulCharacter")]]));
}
