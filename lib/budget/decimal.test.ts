import { describe, expect, it } from "vitest";
import { createBudgetLineInput } from "./schemas";
import { decimalOrRaw, normalizeDecimal } from "./decimal";

describe("normalizeDecimal", () => {
  it.each([
    ["1.234,56", "1234.56"],
    ["1234.56", "1234.56"],
    ["1234,56", "1234.56"],
    ["12,5", "12.5"],
    ["1.234.567,8", "1234567.8"],
    ["1,234,567.89", "1234567.89"],
    ["1,234.5", "1234.5"],
    [" 1 234,50 ", "1234.5"],
    ["1\u00a0234", "1234"],
    ["0,125", "0.125"],
    ["0.125", "0.125"],
    ["-3,5", "-3.5"],
    ["\u22123,5", "-3.5"],
    ["+7", "7"],
    ["007", "7"],
    ["-0", "0"],
    ["100,00", "100"],
  ])("reads %j as %s", (raw, expected) => {
    expect(normalizeDecimal(raw)).toBe(expected);
  });

  it("reads a dot before exactly three digits as a German thousands separator", () => {
    expect(normalizeDecimal("1.234")).toBe("1234");
    expect(normalizeDecimal("12.345")).toBe("12345");
    expect(normalizeDecimal("1.5")).toBe("1.5");
  });

  it.each(["", " ", "abc", "1,2,3", "1.2.3", "1.23,4.5", "1e5", ",5", "5,", "1..2", "--1", "12 €"])("rejects %j", (raw) => {
    expect(normalizeDecimal(raw)).toBeNull();
  });

  it("gives forms a number to send, or the text when it is none", () => {
    expect(decimalOrRaw("12,5")).toBe(12.5);
    expect(decimalOrRaw("zwölf")).toBe("zwölf");
    expect(decimalOrRaw("")).toBe("");
  });
});

describe("amounts in budget inputs", () => {
  const base = { initiativeId: "0190aaaa-0000-7000-8000-000000000000", year: 2027, fundingSource: "CITY" };
  const planned = (value: unknown) => createBudgetLineInput.safeParse({ ...base, planned: value });

  it("accepts German and international notation and numbers, as exact strings", () => {
    expect(planned("1.234,56").data?.planned).toBe("1234.56");
    expect(planned("1234.56").data?.planned).toBe("1234.56");
    expect(planned(1234.5).data?.planned).toBe("1234.5");
    expect(planned("999.999.999.999,99").data?.planned).toBe("999999999999.99");
  });

  it("rejects negative amounts, a third decimal place, too large and malformed values", () => {
    const message = (value: unknown) => planned(value).error?.issues[0]?.message;
    expect(message("-1")).toBe("#decimalInput.negative");
    expect(message("1,234")).toBe("#decimalInput.scale");
    expect(message("1.000.000.000.000")).toBe("#decimalInput.tooLarge");
    expect(message("zwölf")).toBe("#decimalInput.format");
    expect(planned("").error?.issues[0]?.code).toBe("invalid_type");
  });
});
