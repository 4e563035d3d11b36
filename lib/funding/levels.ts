// The funding levels (Förderebenen) in their display order, and the one place the Land level gets
// the city's own state (CITY_STATE) into its label: the catalogues say just "Land"/"State", and
// `withCityState` rewrites that label in a catalogue once, where the messages are loaded, so every
// view, export and open-data label of the level reads "Land Nordrhein-Westfalen" alike.
import type { FundingSource } from "@/lib/generated/prisma/enums";

/** City first, then Land, Bund, EU, partners, other: the order of every table by level. */
export const FUNDING_LEVELS = ["CITY", "LAND", "FEDERAL", "EU", "PARTNER", "OTHER"] as const satisfies readonly FundingSource[];

type Catalogue = Record<string, unknown>;

/**
 * The catalogue with budget.source.LAND naming `state` ("Land {state}" from budget.sourceOfState);
 * unchanged without a state. Returns a new object; the imported catalogue stays as it is.
 */
export function withCityState<M extends Catalogue>(messages: M, state: string | null): M {
  const budget = messages.budget as { source: Record<string, string>; sourceOfState: string } | undefined;
  if (!state || !budget) return messages;
  const label = budget.sourceOfState.replace("{state}", state);
  return { ...messages, budget: { ...budget, source: { ...budget.source, LAND: label } } };
}
