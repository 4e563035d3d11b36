// Typed reading of workbook cells, one parser per column type. Every cell arrives as text (see
// read.ts); a parser turns it into a value or a problem a clerk understands, carrying sheet, row
// and column header. Also the reverse direction for the export: the canonical text of a value.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { ENUM_ALIASES, ENUMS, enumLabel, type Column } from "./columns";

/** A problem with the file, a sheet or a cell. `key` is a catalogue key under transfer.problems. */
export type TransferProblem = {
  key: string;
  params?: Record<string, string | number>;
  sheet?: string;
  row?: number;
  column?: string;
};

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: TransferProblem };

/** Where a cell is, for its problems. */
export type CellPlace = { sheet: string; row: number };

const catalogues = { de, en } as const;

/** "Blatt 'Vorhaben', Zeile 14, Spalte 'Amt': '62' gibt es nicht …" in the clerk's language. */
export function describeProblem(problem: TransferProblem, locale: Locale): string {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "transfer.problems" }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const message = t(problem.key, problem.params);
  if (problem.sheet && problem.row !== undefined && problem.column) {
    return t("at", { sheet: problem.sheet, row: problem.row, column: problem.column, message });
  }
  if (problem.sheet) return t("atSheet", { sheet: problem.sheet, message });
  return message;
}

const fail = <T>(key: string, column: Column, place: CellPlace, params?: Record<string, string | number>): CellResult<T> => ({
  ok: false,
  problem: { key, params, sheet: place.sheet, row: place.row, column: column.header },
});

/** YYYY-MM-DD from 31.12.2026, 31.12.26 is not accepted (ambiguous century); ISO 2026-12-31 too. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.000)?)?Z?)?$/.exec(s);
  if (german) [d, m, y] = [Number(german[1]), Number(german[2]), Number(german[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A decimal as a canonical string ("1234.5"), from German (1.234,56 / 1234,56) or plain (1234.56)
 * notation: with both separators the last one is the decimal mark; a single comma is the decimal
 * mark; a single dot too (as Excel and ISO write); several dots are German thousands groups.
 */
export function parseDecimalText(text: string): string | null {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const sign = /^[+-]/.test(s) && s.startsWith("-") ? "-" : "";
  s = s.replace(/^[+-]/, "");
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  let intPart: string, frac: string;
  const grouped = (i: string, sep: string) => i.split(sep).every((g, k) => (k === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g));
  if (commas && dots) {
    const decimalSep = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const thousandsSep = decimalSep === "," ? "." : ",";
    const parts = s.split(decimalSep);
    if (parts.length !== 2 || !grouped(parts[0]!, thousandsSep)) return null;
    [intPart, frac] = [parts[0]!.split(thousandsSep).join(""), parts[1]!];
  } else if (commas) {
    if (commas > 1) return null;
    [intPart, frac] = s.split(",") as [string, string];
  } else if (dots > 1) {
    if (!grouped(s, ".")) return null;
    [intPart, frac] = [s.split(".").join(""), ""];
  } else {
    [intPart, frac] = [s.split(".")[0]!, s.split(".")[1] ?? ""];
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac) || (!intPart && !frac)) return null;
  intPart = intPart.replace(/^0+(?=\d)/, "") || "0";
  frac = frac.replace(/0+$/, "");
  const out = frac ? `${intPart}.${frac}` : intPart;
  return out === "0" ? "0" : sign + out;
}

const YES = new Set(["ja", "j", "yes", "y", "wahr", "true", "1", "x"]);
const NO = new Set(["nein", "n", "no", "falsch", "false", "0"]);

/** The enum value a cell names: the German or English label, or the value itself, case-insensitive. */
export function parseEnumText(name: keyof typeof ENUMS, text: string): string | null {
  const n = text.trim().toLowerCase();
  const e = ENUMS[name];
  for (const v of e.values) {
    const labels = [v, (e.de as Record<string, string>)[v], (e.en as Record<string, string>)[v], ...(ENUM_ALIASES[name]?.[v] ?? [])];
    if (labels.some((l) => l && l.toLowerCase() === n)) return v;
  }
  return null;
}

export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export type CellValue = string | number | boolean | string[] | null;

/**
 * Parses one cell by its column's type. Empty cells are null (or a problem when required).
 * Values: text/code/enum/date → string (dates YYYY-MM-DD, decimals canonical strings),
 * integer → number, boolean → boolean, list → string[].
 */
export function parseCell(column: Column, raw: string | undefined, place: CellPlace): CellResult<CellValue> {
  const text = (raw ?? "").trim();
  if (!text) return column.required ? fail("required", column, place) : { ok: true, value: column.type === "list" ? [] : null };
  switch (column.type) {
    case "text":
      return { ok: true, value: text };
    case "code":
      return /[\s;]/.test(text) ? fail("code", column, place, { value: text }) : { ok: true, value: text };
    case "enum": {
      const v = parseEnumText(column.enum!, text);
      if (v) return { ok: true, value: v };
      const allowed = ENUMS[column.enum!].values.map((x) => enumLabel(column.enum!, x)).join(", ");
      return fail("enum", column, place, { value: text, allowed });
    }
    case "date": {
      const v = parseDateText(text);
      return v ? { ok: true, value: v } : fail("date", column, place, { value: text });
    }
    case "decimal": {
      const v = parseDecimalText(text);
      return v ? { ok: true, value: v } : fail("decimal", column, place, { value: text });
    }
    case "integer": {
      const v = parseDecimalText(text);
      return v && /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? { ok: true, value: Number(v) } : fail("integer", column, place, { value: text });
    }
    case "boolean": {
      const n = text.toLowerCase();
      if (YES.has(n)) return { ok: true, value: true };
      if (NO.has(n)) return { ok: true, value: false };
      return fail("boolean", column, place, { value: text });
    }
    case "list":
      return { ok: true, value: splitList(text) };
  }
}

// ---------------------------------------------------------------------------
// The export's direction: canonical cell texts
// ---------------------------------------------------------------------------

export const yesNo = (b: boolean) => (b ? "ja" : "nein");
export const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const joinList = (items: string[]) => items.join("; ");
