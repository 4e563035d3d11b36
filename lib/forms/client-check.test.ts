// The browser's check before sending: the same schema and the same words as the action on the server.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { APP_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { zodFieldErrors } from "@/lib/i18n/validation";
import { createInitiativeInput } from "@/lib/initiatives/schemas";
import { createRiskInput } from "@/lib/risks/schemas";
import { createTokenInput } from "@/lib/tokens/schemas";
import { clientFieldErrors, type CheckTranslator } from "./client-check";

/** The translator a page of the signed-in app has in the browser: only the client namespaces. */
function browserTranslator(locale: "de" | "en"): CheckTranslator {
  const messages = pickMessages(locale === "de" ? de : en, APP_CLIENT_NAMESPACES);
  return createTranslator({ locale, messages }) as unknown as CheckTranslator;
}

const risk = { initiativeId: "7d0c1a52-2b1e-4a57-9a84-bd7b0e0e8a11", title: "Lieferverzug", probability: "2", impact: "3", ownerId: "", status: "OPEN" };

describe("clientFieldErrors", () => {
  it("says a required field is missing, in German and in English, as the catalogue words it", () => {
    const input = { name: "   ", scopes: "READ", expiresInDays: "30" };
    expect(clientFieldErrors(createTokenInput, input, browserTranslator("de"))).toEqual({ name: [de.validation.required] });
    expect(clientFieldErrors(createTokenInput, input, browserTranslator("en"))).toEqual({ name: [en.validation.required] });
    expect(de.validation.required).toBe("Bitte ausfüllen.");
  });

  it("says a text is too long, with the schema's maximum", () => {
    const input = { ...risk, title: "x".repeat(201) };
    expect(clientFieldErrors(createRiskInput, input, browserTranslator("de"))).toEqual({ title: ["Bitte höchstens 200 Zeichen eingeben."] });
    expect(clientFieldErrors(createRiskInput, input, browserTranslator("en"))).toEqual({ title: ["Please enter at most 200 characters."] });
  });

  it("gives exactly the server's field errors", () => {
    const input = { ...risk, title: "", probability: "9" };
    const parsed = createRiskInput.safeParse(input, { reportInput: true });
    expect(parsed.success).toBe(false);
    for (const locale of ["de", "en"] as const) {
      expect(clientFieldErrors(createRiskInput, input, browserTranslator(locale))).toEqual(zodFieldErrors(parsed.error!, locale));
    }
  });

  it("passes valid input", () => {
    expect(clientFieldErrors(createRiskInput, risk, browserTranslator("de"))).toBeNull();
  });

  it("leaves the answer to the server when a message's namespace is not in the browser", () => {
    // "#initiatives.errors.codeFormat": the initiatives namespace is not sent to the client.
    const parsed = createInitiativeInput.safeParse({ code: "kaputt!" }, { reportInput: true });
    expect(parsed.error?.issues.some((i) => i.message === "#initiatives.errors.codeFormat")).toBe(true);
    expect(clientFieldErrors(createInitiativeInput, { code: "kaputt!" }, browserTranslator("de"))).toBeNull();
  });
});
