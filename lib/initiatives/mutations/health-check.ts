// The server-side half of the health-reason rule (schemas.ts healthReasonRequired): a manual health
// greener than the one suggested by the data needs a reason. Runs inside the action's transaction,
// against the initiative as stored, so no form can skip it.
//
// The suggestion checked against is the one after this save (health-suggestion.ts suggestHealth
// with `disregardStaleness`): saving the health is a change by a person, so staleness ends with it
// and never forces a reason on its own. The status is the one being saved: a completed or
// cancelled initiative has no suggestion and needs no such reason.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Health, InitiativeStatus } from "@/lib/generated/prisma/enums";
import { loadInitiativeHealth, suggestHealth } from "../health-suggestion";
import { healthReasonRequired } from "../schemas";

/**
 * Checks the health to be saved against the suggestion and returns the reason to store: the given
 * one when a reason is required, null when none is (an agreed "on track" keeps no stale reason).
 * Throws VALIDATION with a field error on healthReason when a required reason is missing.
 */
export async function checkedHealthReason(
  tx: Tx,
  initiativeId: string,
  next: { status: InitiativeStatus; health: Health; healthReason: string | null | undefined },
): Promise<string | null> {
  const [stored] = await loadInitiativeHealth(tx, Prisma.sql`i.id = ${initiativeId}::uuid`);
  const suggestion = stored ? suggestHealth({ ...stored.facts, status: next.status }, { disregardStaleness: true }) : null;
  if (!healthReasonRequired(next.health, suggestion?.health ?? null)) return null;
  if (!next.healthReason) {
    throw new AppError("VALIDATION", "The health is better than the data suggest; give a reason.", {
      // A health other than "on track" without a reason never gets here: the input schema refuses it.
      fieldErrors: { healthReason: ["#initiatives.errors.healthReasonGreenerThanSuggested"] },
    });
  }
  return next.healthReason;
}
