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
} from "./password-policy";

// Long enough, not common, no identity: only the length varies.
const pad = (n: number) => "Zq7#vB2m!Lr9".repeat(20).slice(0, n);

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
    expect(checkPassword("qwerty123456")).toEqual({ ok: false, code: "COMMON" });
    expect(checkPassword("1q2w3e4r5t6y")).toEqual({ ok: false, code: "COMMON" });
    expect(checkPassword("QWERTY123456")).toEqual({ ok: false, code: "COMMON" });
    expect(checkPassword("PasswordPassword")).toEqual({ ok: false, code: "COMMON" });
  });

  it("has no composition rules: a lower-case passphrase with spaces is fine", () => {
    expect(checkPassword("correct horse battery staple")).toEqual({ ok: true });
  });

  it("counts spaces as characters", () => {
    expect(checkPassword("a b c d e f ")).toEqual({ ok: true }); // 12 with six spaces
    expect(checkPassword("a b c d e f")).toEqual({ ok: false, code: "TOO_SHORT" });
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    const emoji = "🔥".repeat(11); // 11 code points, 22 UTF-16 units
    expect(emoji.length).toBe(22);
    expect(checkPassword(emoji)).toEqual({ ok: false, code: "TOO_SHORT" });
    expect(checkPassword("🔥".repeat(12))).toEqual({ ok: true });
    expect(checkPassword("🔥".repeat(129))).toEqual({ ok: false, code: "TOO_LONG" });
  });

  it("counts after NFC normalisation: a decomposed umlaut is one character", () => {
    const decomposed = "u\u0308".repeat(11); // ü as u + combining diaeresis: 22 code points, 11 after NFC
    expect(checkPassword(decomposed)).toEqual({ ok: false, code: "TOO_SHORT" });
    expect(checkPassword("u\u0308".repeat(12))).toEqual({ ok: true });
    expect(normalizePassword(decomposed)).toBe("ü".repeat(11));
  });

  it("rejects a password that equals or contains the email's local part, in any case", () => {
    const email = "stefan.lindner@duisburg.example";
    expect(checkPassword("stefan.lindner", { email })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
    expect(checkPassword("Mein-STEFAN.Lindner-2026", { email })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
    expect(checkPassword("a perfectly fine passphrase", { email })).toEqual({ ok: true });
  });

  it("ignores local parts shorter than four characters", () => {
    expect(checkPassword("the bob of all trades", { email: "bob@example.org" })).toEqual({ ok: true });
    expect(checkPassword("the anna of all trades", { email: "anna@example.org" })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
  });

  it("rejects a password that contains the full name", () => {
    const name = "Julia Reinhardt";
    expect(checkPassword("julia reinhardt 2026", { name })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
    expect(checkPassword("JuliaReinhardt!!", { name })).toEqual({ ok: false, code: "CONTAINS_IDENTITY" });
    expect(checkPassword("julia likes long walks", { name })).toEqual({ ok: true });
  });
});

describe("passwordSchema", () => {
  it("reports the policy code as the issue message and returns the NFC form", () => {
    const short = passwordSchema.safeParse("short");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("TOO_SHORT");
    expect(passwordSchema.safeParse("qwerty123456").error?.issues[0]?.message).toBe("COMMON");
    expect(passwordSchema.parse("u\u0308".repeat(12))).toBe("ü".repeat(12));
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
