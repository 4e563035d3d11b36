// Reads decimal numbers as people type them into forms: German "1.234,56" and "12,5" as well as
// "1234.56". Pure and dependency-free, so forms can use it in the browser and schemas on the server.
// The result is a normalised string ("-1234.56") that Prisma stores exactly as a Decimal.

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Normalises a typed decimal, or returns null when it is not one.
 * - a comma is always the decimal separator unless it groups thousands after a dot-free number
 *   with more than one group ("1,234,567.5");
 * - dots followed by groups of three digits are thousands separators ("1.234" is 1234, as a
 *   German reader means it), any other single dot is the decimal point ("1234.56", "0.125").
 */
export function normalizeDecimal(raw: string): string | null {
  const s = raw.replace(SPACES, "").replace(/^\u2212/, "-");
  const m = /^([-+]?)(.+)$/.exec(s);
  if (!m) return null;
  const sign = m[1] === "-" ? "-" : "";
  const body = m[2]!;
  let int: string;
  let frac = "";
  let g: RegExpExecArray | null;
  if ((g = /^(\d+)(?:,(\d+))?$/.exec(body))) [int, frac] = [g[1]!, g[2] ?? ""];
  else if ((g = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body)) && !/^0\./.test(body)) [int, frac] = [g[1]!.replace(/\./g, ""), g[2] ?? ""];
  else if ((g = /^(\d+)\.(\d+)$/.exec(body))) [int, frac] = [g[1]!, g[2]!];
  else if ((g = /^(\d{1,3}(?:,\d{3}){2,}|\d{1,3},\d{3}(?=\.))(?:\.(\d+))?$/.exec(body))) [int, frac] = [g[1]!.replace(/,/g, ""), g[2] ?? ""];
  else return null;
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const out = frac ? `${int}.${frac}` : int;
  return out === "0" ? "0" : `${sign}${out}`;
}

/** Number of digits after the decimal point of a normalised decimal. */
export function fractionDigits(normalized: string): number {
  const dot = normalized.indexOf(".");
  return dot < 0 ? 0 : normalized.length - dot - 1;
}

/** For forms that must send a number: the typed text as a number, or the text itself when it is none (so the schema reports it). */
export function decimalOrRaw(raw: string): number | string {
  const n = normalizeDecimal(raw);
  return n === null ? raw : Number(n);
}
