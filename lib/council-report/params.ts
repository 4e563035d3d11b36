// What a council report (Ratsbericht) is asked for: a reporting quarter and a scope (the whole
// masterplan, one field of action, one department). Shared by the page's GET form, the PDF route
// and the assembly, so all three accept and reject exactly the same input.
import { appNow } from "@/lib/dates";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { locales } from "@/lib/i18n/config";
import { currentPeriod, parsePeriod, previousPeriod } from "@/lib/reports/period";

export type ReportScope = { kind: "masterplan" } | { kind: "field"; code: string } | { kind: "department"; code: string };

const SCOPE_PATTERN = /^(masterplan|field:[A-Za-z0-9_-]{1,20}|department:[A-Za-z0-9_-]{1,20})$/;

export const quarterSchema = z
  .string()
  .trim()
  .refine((q) => parsePeriod(q)?.kind === "quarter", { message: "#councilReport.errors.quarterFormat" });

export const scopeSchema = z.string().trim().regex(SCOPE_PATTERN, { message: "#councilReport.errors.scopeFormat" });

/** Query string of the page and the PDF route; both parameters are optional (defaults below). */
export const councilReportQuery = z.object({
  quarter: quarterSchema.optional(),
  scope: scopeSchema.optional(),
  lang: z.enum(locales).optional(),
});

export function parseScope(text: string): ReportScope {
  if (!SCOPE_PATTERN.test(text)) throw new AppError("VALIDATION", "Unknown scope.", { fieldErrors: { scope: ["#councilReport.errors.scopeFormat"] } });
  if (text === "masterplan") return { kind: "masterplan" };
  const [kind, code] = text.split(":") as ["field" | "department", string];
  return { kind, code };
}

export function formatScope(scope: ReportScope): string {
  return scope.kind === "masterplan" ? "masterplan" : `${scope.kind}:${scope.code}`;
}

/**
 * The quarter the council report opens with: the latest quarter (up to the current one) that has
 * approved status reports, so a report approved today is in it; without any, the last completed
 * quarter. `approvedQuarters` in any order.
 */
export function defaultQuarter(now: Date = appNow(), approvedQuarters: readonly string[] = []): string {
  const current = currentPeriod(now);
  const latest = approvedQuarters.filter((q) => q <= current).sort().at(-1);
  return latest ?? previousPeriod(current);
}

/**
 * Checks a quarter: the format, and that it has begun (a report on a future quarter would be
 * empty and misleading). The running quarter is allowed: a preliminary report may be printed.
 */
export function assertQuarter(quarter: string, now: Date = appNow()): string {
  const p = parsePeriod(quarter);
  if (!p || p.kind !== "quarter") throw new AppError("VALIDATION", "Not a quarter.", { fieldErrors: { quarter: ["#councilReport.errors.quarterFormat"] } });
  if (quarter > currentPeriod(now)) throw new AppError("VALIDATION", "The quarter lies in the future.", { fieldErrors: { quarter: ["#councilReport.errors.quarterFuture"] } });
  return quarter;
}

/** File name of the PDF download, e.g. ratsbericht-2026-Q3-field-VER.pdf (ASCII only, in every language). */
export function pdfFilename(quarter: string, scope: ReportScope): string {
  const scopePart = scope.kind === "masterplan" ? "masterplan" : `${scope.kind}-${scope.code}`;
  return `ratsbericht-${quarter}-${scopePart}.pdf`.replace(/[^A-Za-z0-9.-]/g, "_");
}
