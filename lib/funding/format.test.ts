import { describe, expect, it } from "vitest";
import { formatEuro } from "./format";

describe("formatEuro", () => {
  it("formats exact decimal strings in the reader's locale", () => {
    expect(formatEuro("de", "1234567.89").replace(/\u00a0/g, " ")).toBe("1.234.567,89 €");
    expect(formatEuro("en", "1234567.89")).toBe("€1,234,567.89");
  });

  it("keeps the cents of sums beyond a float's exact range", () => {
    expect(formatEuro("de", "12345678901234567.89").replace(/\u00a0/g, " ")).toBe("12.345.678.901.234.567,89 €");
  });
});
