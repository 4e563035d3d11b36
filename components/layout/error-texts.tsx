"use client";
// The texts of the error page (components/layout/error-page.tsx), handed down by the root document
// from the message catalogue's `errors` section. A plain context, not next-intl's client provider:
// the error boundary is the only client component of the citizens' site that needs messages, and
// the provider would send next-intl's message formatter (12 KB compressed) to every citizen's
// browser for these eight strings (docs/performance.md, session 16).
import { createContext, useContext } from "react";
import { GLOBAL_ERROR_MESSAGES } from "@/lib/i18n/messages/global-error";

export type ErrorTexts = {
  notFoundTitle: string;
  notFoundText: string;
  genericTitle: string;
  /** Holds the placeholder `{id}`, the failure's reference. */
  genericText: string;
  genericTextNoId: string;
  tryAgain: string;
  unavailableTitle: string;
  unavailableText: string;
};

/** The German texts where no document handed any down (app/global-error.tsx, which replaces the document). */
const ErrorTextsContext = createContext<ErrorTexts>(GLOBAL_ERROR_MESSAGES.errors);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

/** The error texts of the enclosing document. */
export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext);
}

/** `genericText` with the reference filled in (the catalogue's only placeholder in these texts). */
export function withReference(template: string, id: string): string {
  return template.replace("{id}", id);
}
