// Catalogue keys inside the stored texts of publication requests: a preview's values
// ("status.IN_PROGRESS", "budget.source.EU") and a budget line's label ("MOB-01: 2027,
// budget.source.EU") keep enum values as keys, so every reader sees them in their own language.
// Used by the review page and the reminder digest; an unknown key stays as it is.

const ENUM_TOKEN = /\b((?:status|health|partnerRole|budget\.source|decisions\.outcome)\.[A-Z_]+)\b/g;

type Translate = { (key: string): string; has: (key: string) => boolean };

/** `text` with each catalogue key replaced by its label (a translator over the whole catalogue). */
export function withEnumLabels(text: string, t: Translate): string {
  return text.replace(ENUM_TOKEN, (token) => (t.has(token) ? t(token) : token));
}
