// The German error texts: the error page's default (components/layout/error-texts.tsx), which
// app/global-error.tsx shows when the root layout itself fails and no root document hands texts
// down. A copy of the catalogue's `errors` section, kept equal to it by global-error.test.ts:
// importing de.json there put the whole catalogue (196 KB) into a script that every page loads,
// for these eight texts.
export const GLOBAL_ERROR_MESSAGES = {
  errors: {
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht oder sie ist nicht öffentlich.",
    genericTitle: "Etwas ist schiefgegangen",
    genericText: "Bitte versuchen Sie es später noch einmal. Wenn Sie uns kontaktieren, nennen Sie bitte diese Kennung: {id}",
    genericTextNoId: "Bitte versuchen Sie es später noch einmal.",
    tryAgain: "Erneut versuchen",
    unavailableTitle: "Vorübergehend nicht verfügbar",
    unavailableText: "Die Anwendung kann gerade nicht auf ihre Datenbank zugreifen. Bitte versuchen Sie es in ein paar Sekunden noch einmal; Sie bleiben angemeldet.",
  },
} as const;
