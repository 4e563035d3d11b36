// Zod issues as field errors in the user's language: one function for the server (action builder,
// API routes) and the browser (ActionForm's check before sending), so a clerk reads the same text
// either way. Isomorphic: it takes a translator instead of loading the catalogues itself.
// Schemas name a catalogue key for their own rules with a "#" message: `.regex(re, { message: "#codeFormat" })`.
import type { z } from "zod";

export type Issue = z.core.$ZodIssue;
/** `key` is validation.key, "ns.key" a key of another namespace (see validationTranslator). */
export type ValidationTranslator = (key: string, values?: Record<string, string | number>) => string;

/** The catalogue key (without "validation.") and values for one issue. */
export function issueMessageKey(issue: Issue): { key: string; values?: Record<string, string | number> } {
  if (issue.message?.startsWith("#")) {
    // A refinement may name values for its message (e.g. a contrast ratio) in the issue's params.
    const values = issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
    return values ? { key: issue.message.slice(1), values } : { key: issue.message.slice(1) };
  }
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null || issue.input === "" ? "required" : "invalidType" };
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFew", values: { min: Number(issue.minimum) } };
      if (issue.origin === "date") return { key: "dateTooEarly" };
      return { key: "tooSmall", values: { min: String(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooMany", values: { max: Number(issue.maximum) } };
      if (issue.origin === "date") return { key: "dateTooLate" };
      return { key: "tooBig", values: { max: String(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "email" : issue.format === "url" ? "url" : "format" };
    case "invalid_value":
      return { key: "choice" };
    case "unrecognized_keys":
      return { key: "unknownField" };
    default:
      return { key: "invalid" };
  }
}

/** The field an issue belongs to, as forms name it ("milestones.2.title"); "_form" for the whole input. */
export function issueField(issue: Issue): string {
  return issue.path.length ? issue.path.join(".") : "_form";
}

export function fieldErrorsFromIssues(issues: readonly Issue[], t: ValidationTranslator): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const { key, values } = issueMessageKey(issue);
    (out[issueField(issue)] ??= []).push(t(key, values));
  }
  return out;
}

/** The full catalogue key of a validation key: "required" → "validation.required", "ns.key" stays. */
export function catalogueKey(key: string): string {
  return key.includes(".") ? key : `validation.${key}`;
}
