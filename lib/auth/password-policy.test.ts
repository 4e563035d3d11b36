import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_POLICY_CODES,
  checkPassword,
  normalizePassword,
  passwordSchema,
  type PasswordPolicyCode,
} from "./password-policy";

// Long enough, not common, no identity, no repeats or sequences: only the length varies.
const RANDOM = "Zq7#vB2m!Lr9xT4$kW8pHn3@fJ6cYs5&dG1uE0^aM2oQ7*bV9wR4%iK3eN8!gP6zX1hC5-jS7yU2lF0+tD4rA9qL3mO8wB6nI1vZ5sE7kG2xH0uY4pJ9cT3fR6dW8aQ1oM5";
const pad = (n: number) => RANDOM.slice(0, n);

/** Expects checkPassword to answer each password of `table` exactly with its refusal code, or with { ok: true } for "ok". */
function expectVerdicts(table: Record<string, PasswordPolicyCode | "ok">, identity?: Parameters<typeof checkPassword>[1]) {
  for (const [password, code] of Object.entries(table)) expect(checkPassword(password, identity), password).toEqual(code === "ok" ? { ok: true } : { ok: false, code });
}

describe("checkPassword", () => {
  it("rejects 11 characters and accepts 12", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkPassword(pad(11))).toEqual({ ok: false, code: "TOO_SHORT" });
    expect(checkPassword(pad(12))).toEqual({ ok: true });
  });

  it("accepts 128 characters and rejects 129", () => {
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(checkPassword(pad(128))).toEqual({ ok: true });
    expect(checkPassword(pad(129))).toEqual({ ok: false, code: "TOO_LONG" });
  });

  it("rejects long common passwords, in any letter case", () => {
    expectVerdicts({ qwerty123456: "COMMON", "1q2w3e4r5t6y": "COMMON", QWERTY123456: "COMMON", PasswordPassword: "COMMON" });
  });

  it("has no composition rules: a lower-case passphrase with spaces is fine", () => {
    expect(checkPassword("correct horse battery staple")).toEqual({ ok: true });
  });

  it("counts spaces as characters", () => {
    expect(checkPassword("a b c d e f ")).toEqual({ ok: true }); // 12 with six spaces
    expect(checkPassword("a b c d e f")).toEqual({ ok: false, code: "TOO_SHORT" });
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    const emoji = [..."🔥🌊🍀🎻🚲🧭🪁🦉🌵🎲🧩🛶"]; // 12 different code points, 24 UTF-16 units
    expect(emoji.slice(0, 11).join("").length).toBe(22);
    expect(checkPassword(emoji.slice(0, 11).join(""))).toEqual({ ok: false, code: "TOO_SHORT" });
    expect(checkPassword(emoji.join(""))).toEqual({ ok: true });
    expect(checkPassword("🔥".repeat(129))).toEqual({ ok: false, code: "TOO_LONG" });
  });

  it("counts after NFC normalisation: a decomposed umlaut is one character", () => {
    // ü as u + combining diaeresis: two code points, one after NFC.
    const decomposed = `${pad(10)}u\u0308`; // 12 code points, 11 after NFC
    expect(checkPassword(decomposed)).toEqual({ ok: false, code: "TOO_SHORT" });
    expect(checkPassword(`${pad(11)}u\u0308`)).toEqual({ ok: true });
    expect(normalizePassword(decomposed)).toBe(`${pad(10)}ü`);
  });

  it("rejects a password that equals or contains the email's local part, in any case", () => {
    expectVerdicts(
      { "stefan.lindner": "CONTAINS_IDENTITY", "Mein-STEFAN.Lindner-2026": "CONTAINS_IDENTITY", "a perfectly fine passphrase": "ok" },
      { email: "stefan.lindner@duisburg.example" },
    );
  });

  it("ignores local parts shorter than four characters", () => {
    expect(checkPassword("the bob of all trades", { email: "bob@example.org" })).toEqual({ ok: true });
    expect(checkPassword("the anna of all trades", { email: "anna@example.org" })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
  });

  it("rejects a password that contains the full name", () => {
    expectVerdicts({ "julia reinhardt 2026": "CONTAINS_IDENTITY", "JuliaReinhardt!!": "CONTAINS_IDENTITY", "julia likes long walks": "ok" }, { name: "Julia Reinhardt" });
  });
});

describe("checkPassword: strength (zxcvbn with the account's and the site's words)", () => {
  const stefan = { email: "stefan.lindner@duisburg.example", name: "Stefan Lindner" };

  it("rejects repetitive and sequential strings of 12 characters and more, saying why", () => {
    expectVerdicts({
      "111111111111": "REPETITIVE",
      aaaaaaaaaaaa: "REPETITIVE",
      abcabcabcabcabc: "REPETITIVE",
      abcdefghijklmn: "SEQUENTIAL",
      "qwertzuiopü+": "KEYBOARD_PATTERN",
    });
  });

  it("rejects common passwords that are not on the exact block list (German ones too)", () => {
    expect(checkPassword("passwort1234")).toEqual({ ok: false, code: "COMMON" });
    expect(checkPassword("Sommerferien2026")).toMatchObject({ ok: false });
  });

  it("rejects the app's name and the city's (from the masterplan title or the email domain)", () => {
    expect(checkPassword("Masterplan Monitor 2026")).toEqual({ ok: false, code: "CONTAINS_SITE_NAME" });
    expect(checkPassword("DigitalMasterplan!", {})).toMatchObject({ ok: false });
    expect(checkPassword("Gelsenkirchen 2026!", { context: ["Digitaler Masterplan Gelsenkirchen"] })).toEqual({ ok: false, code: "CONTAINS_SITE_NAME" });
    expect(checkPassword("Duisburg-2026-!!", { email: "anna.berg@duisburg.de" })).toEqual({ ok: false, code: "CONTAINS_SITE_NAME" });
  });

  it("rejects a password made of the user's own name and email parts, in any order", () => {
    expectVerdicts({ "lindner.stefan!": "CONTAINS_IDENTITY", Stefan2026Lindner: "CONTAINS_IDENTITY", LindnerStefan99: "CONTAINS_IDENTITY" }, stefan);
  });

  it("accepts a strong passphrase, also one that mentions a first name or the word monitor", () => {
    expectVerdicts({ "Ampel-Regen-Kaffee-Turm": "ok", "stefan paints violet herons at dawn": "ok" }, stefan);
    expect(checkPassword("the monitor on my desk hums green", { context: ["Digitaler Masterplan Duisburg"] })).toEqual({ ok: true });
  });

  it("has a reason text in German and English for every code", () => {
    for (const catalogue of [de, en] as Record<string, unknown>[]) {
      const texts = catalogue.passwordPolicy as Record<string, string>;
      expect(Object.keys(texts).sort()).toEqual([...PASSWORD_POLICY_CODES].sort());
    }
  });
});

describe("passwordSchema", () => {
  it("reports the policy code as the issue message and returns the NFC form", () => {
    const short = passwordSchema.safeParse("short");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("TOO_SHORT");
    expect(passwordSchema.safeParse("qwerty123456").error?.issues[0]?.message).toBe("COMMON");
    expect(passwordSchema.parse(`${pad(11)}u\u0308`)).toBe(`${pad(11)}ü`);
    expect(passwordSchema.safeParse("111111111111").error?.issues[0]?.message).toBe("REPETITIVE");
  });
});

describe("passwordPolicy messages", () => {
  it("has a German and an English text for every code, naming the limits", () => {
    for (const catalogue of [de, en] as Record<string, unknown>[]) {
      const texts = catalogue.passwordPolicy as Record<string, string>;
      for (const code of PASSWORD_POLICY_CODES) expect(texts[code]).toMatch(/\S/);
      expect(texts.TOO_SHORT).toContain(String(PASSWORD_MIN_LENGTH));
      expect(texts.TOO_LONG).toContain(String(PASSWORD_MAX_LENGTH));
    }
  });
});
