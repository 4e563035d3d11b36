import { describe, expect, it } from "vitest";
import {
  addInitiativePartnerInput,
  createInitiativeInput,
  firstFreeSlug,
  initiativeSlug,
  parseMoney,
  parseTags,
  setInitiativeStatusInput,
  suggestInitiativeCode,
} from "./schemas";

const uuid = "0190aaaa-0000-7000-8000-000000000001";

describe("parseMoney", () => {
  /** Expects parseMoney to read each text of `table` as the amount beside it (null: no amount). */
  const expectAmounts = (table: Record<string, string | null>) => {
    for (const [raw, amount] of Object.entries(table)) expect(parseMoney(raw), raw).toBe(amount);
  };

  it("reads German amounts with thousands dots and a decimal comma", () => {
    expectAmounts({ "1.234,56": "1234.56", "1.234.567,8": "1234567.80", "1234,56": "1234.56", "0,5": "0.50", "1.234": "1234.00", "250.000": "250000.00" });
  });

  it("reads amounts with a decimal point, with or without thousands commas", () => {
    expectAmounts({ "1234.56": "1234.56", "1,234.56": "1234.56", "1,234,567": "1234567.00", "99.9": "99.90", "1234": "1234.00" });
  });

  it("ignores spaces (also non-breaking ones) and a trailing euro sign", () => {
    expectAmounts({ " 1 234,56 € ": "1234.56", "1\u00a0234,56\u00a0EUR": "1234.56", "007": "7.00" });
  });

  it("treats an empty amount as none", () => {
    expectAmounts({ "": null, "   ": null });
  });

  it("refuses what it cannot read without guessing", () => {
    for (const raw of ["1,234,56", "1.23.456", "12,3456", "1234.567", "1,2345", "1.234,567", "1,234.5.6", "-5", "abc", ",5", "1e6", "12 Euro 50"]) {
      expect(parseMoney(raw), raw).toBeUndefined();
    }
  });

  it("refuses more than 12 integer digits (the column holds DECIMAL(14, 2))", () => {
    expect(parseMoney("999.999.999.999,99")).toBe("999999999999.99");
    expect(parseMoney("1.000.000.000.000")).toBeUndefined();
  });

  it("turns an unreadable amount in a form into a field error", () => {
    const base = { initiativeId: uuid, partnerId: uuid, role: "OPERATOR" };
    expect(addInitiativePartnerInput.parse({ ...base, committedAmount: "1.234,56" }).committedAmount).toBe("1234.56");
    expect(addInitiativePartnerInput.parse({ ...base, committedAmount: "" }).committedAmount).toBeNull();
    expect(addInitiativePartnerInput.parse(base).committedAmount).toBeNull();
    const bad = addInitiativePartnerInput.safeParse({ ...base, committedAmount: "12,345,6" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["committedAmount"], message: "#initiatives.errors.amountFormat" });
  });
});

describe("suggestInitiativeCode", () => {
  it("suggests one above the highest number of the field's code", () => {
    expect(suggestInitiativeCode("MOB", ["MOB-01", "MOB-02", "MOB-08", "VER-11"])).toBe("MOB-09");
    expect(suggestInitiativeCode("KLIMA", [])).toBe("KLIMA-01");
    expect(suggestInitiativeCode("MO", ["MOB-05"])).toBe("MO-01");
  });

  it("falls back to the first gap when 99 is taken, and gives up when all are", () => {
    expect(suggestInitiativeCode("VER", ["VER-01", "VER-99"])).toBe("VER-02");
    const all = Array.from({ length: 99 }, (_, i) => `VER-${String(i + 1).padStart(2, "0")}`);
    expect(suggestInitiativeCode("VER", all)).toBeNull();
  });

  it("suggests nothing for a field code that codes cannot start with", () => {
    expect(suggestInitiativeCode("V1", [])).toBeNull();
    expect(suggestInitiativeCode("TOOLONG", [])).toBeNull();
  });
});

describe("slugs", () => {
  it("derive lower-case ASCII from the title with umlauts spelled out", () => {
    expect(initiativeSlug("Digitale Bürgerdienste für Groß und Klein")).toBe("digitale-buergerdienste-fuer-gross-und-klein");
    expect(initiativeSlug("Öffentliches WLAN – Ausbau 2026")).toBe("oeffentliches-wlan-ausbau-2026");
    expect(initiativeSlug("???")).toBe("vorhaben");
  });

  it("take the first free of base, base-2, base-3 …", () => {
    expect(firstFreeSlug("wlan", [])).toBe("wlan");
    expect(firstFreeSlug("wlan", ["wlan", "wlan-2", "wlan-ausbau"])).toBe("wlan-3");
  });
});

describe("parseTags", () => {
  it("splits at commas, trims, drops empty ones and keeps each tag once regardless of case", () => {
    expect(parseTags(" Bürgerservice, KI ,, bürgerservice,  Open   Data ")).toEqual(["Bürgerservice", "KI", "Open Data"]);
    expect(parseTags("")).toEqual([]);
    expect(parseTags(undefined)).toEqual([]);
    expect(parseTags(["a", " a ", "b"])).toEqual(["a", "b"]);
  });
});

describe("initiative inputs", () => {
  const valid = {
    code: "mob-09",
    title: "Neues Vorhaben",
    fieldOfActionId: uuid,
    departmentId: uuid,
    status: "PLANNED",
    health: "ON_TRACK",
    visibility: "INTERNAL",
    districtIds: uuid,
    tags: "a, b",
  };

  it("normalises the code, the districts and the tags", () => {
    const parsed = createInitiativeInput.parse(valid);
    expect(parsed).toMatchObject({ code: "MOB-09", districtIds: [uuid], tags: ["a", "b"], plannedStart: null, healthReason: null });
  });

  it("refuses a code that is not like MOB-03", () => {
    for (const code of ["MOB-3", "M-03", "MOBILE-03", "MOB03", "MÖB-03"]) {
      const r = createInitiativeInput.safeParse({ ...valid, code });
      expect(r.error?.issues.map((i) => i.message), code).toEqual(["#initiatives.errors.codeFormat"]);
    }
  });

  it("needs a reason for any health but on track", () => {
    for (const health of ["AT_RISK", "OFF_TRACK"]) {
      const r = setInitiativeStatusInput.safeParse({ id: uuid, version: 1, status: "IN_PROGRESS", health, healthReason: "  " });
      expect(r.error?.issues).toMatchObject([{ path: ["healthReason"], message: "#initiatives.errors.healthReasonRequired" }]);
    }
    expect(setInitiativeStatusInput.safeParse({ id: uuid, version: 1, status: "IN_PROGRESS", health: "ON_TRACK" }).success).toBe(true);
  });

  it("refuses an end before the start", () => {
    const r = createInitiativeInput.safeParse({ ...valid, plannedStart: "2026-05-01", plannedEnd: "2026-04-30" });
    expect(r.error?.issues).toMatchObject([{ path: ["plannedEnd"], message: "#initiatives.errors.endBeforeStart" }]);
    expect(createInitiativeInput.safeParse({ ...valid, plannedStart: "2026-05-01", plannedEnd: "2026-05-01" }).success).toBe(true);
  });

  it("reads an unchosen select as missing", () => {
    const r = createInitiativeInput.safeParse({ ...valid, fieldOfActionId: "" }, { reportInput: true });
    expect(r.error?.issues[0]).toMatchObject({ path: ["fieldOfActionId"], code: "invalid_type" });
  });
});
