// A zod field for decimal columns filled from forms: accepts "1.234,56", "1234.56" or a number,
// and yields the normalised string ("1234.56") that Prisma stores exactly as a Decimal.
// Used by the budget and the KPI definition schemas.
import { z } from "zod";
import { fractionDigits, normalizeDecimal } from "./decimal";

type Limits = {
  /** Digits after the decimal point the column keeps, e.g. 2 for DECIMAL(14, 2). */
  scale: number;
  /** Digits before the decimal point the column keeps, e.g. 12 for DECIMAL(14, 2). */
  integerDigits: number;
  /** Refuse negative values. */
  nonNegative?: boolean;
};

function toText(v: unknown): unknown {
  if (typeof v === "number") return Number.isFinite(v) ? (normalizeDecimal(String(v)) ?? String(v)) : String(v);
  if (typeof v !== "string") return v;
  // An empty field is a missing value ("required"), not a malformed one.
  if (v.trim() === "") return undefined;
  return normalizeDecimal(v) ?? v;
}

export function decimalInput({ scale, integerDigits, nonNegative = false }: Limits) {
  return z.preprocess(
    toText,
    z.string().superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message, input: value });
      if (!/^-?\d+(\.\d+)?$/.test(value)) return fail("#decimalInput.format");
      if (nonNegative && value.startsWith("-")) return fail("#decimalInput.negative");
      if (fractionDigits(value) > scale) return fail(scale === 0 ? "#decimalInput.whole" : "#decimalInput.scale");
      if (value.replace(/^-/, "").split(".")[0]!.length > integerDigits) return fail("#decimalInput.tooLarge");
    }),
  );
}
