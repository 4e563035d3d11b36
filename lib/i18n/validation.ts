// Turns zod issues into field errors in the user's language, from the message catalogues.
// Schemas name a catalogue key for their own rules with a "#" message: `.regex(re, { message: "#codeFormat" })`.
import { createTranslator } from "next-intl";
import type { z } from "zod";
import type { Locale } from "./config";
import de from "./messages/de.json";
import en from "./messages/en.json";

const catalogues = { de, en } as const;

type Issue = z.core.$ZodIssue;

function messageFor(issue: Issue, t: (key: string, values?: Record<string, string | number>) => string): string {
  if (issue.message?.startsWith("#")) return t(issue.message.slice(1));
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? t("required") : t("invalidType");
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set") return t("tooFew", { min: Number(issue.minimum) });
      if (issue.origin === "date") return t("dateTooEarly");
      return t("tooSmall", { min: String(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return t("tooMany", { max: Number(issue.maximum) });
      if (issue.origin === "date") return t("dateTooLate");
      return t("tooBig", { max: String(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("email") : issue.format === "url" ? t("url") : t("format");
    case "invalid_value":
      return t("choice");
    case "unrecognized_keys":
      return t("unknownField");
    default:
      return t("invalid");
  }
}

type T = (key: string, values?: Record<string, string | number>) => string;

/** Translator for validation texts: "key" means validation.key, "ns.key" a key of another namespace. */
function validationTranslator(locale: Locale): T {
  const root = createTranslator({ locale, messages: catalogues[locale] }) as unknown as T;
  return (key, values) => root(key.includes(".") ? key : `validation.${key}`, values);
}

/** Translates "#key" messages (from schemas or AppError details); other messages pass through. */
export function translateFieldErrors(fieldErrors: Record<string, string[]> | undefined, locale: Locale) {
  if (!fieldErrors) return undefined;
  const t = validationTranslator(locale);
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, msgs]) => [k, msgs.map((m) => (m.startsWith("#") ? t(m.slice(1)) : m))]));
}

export function zodFieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const t = validationTranslator(locale);
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (out[field] ??= []).push(messageFor(issue, t));
  }
  return out;
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
