// Matrix rows for following an initiative: every signed-in role may follow and unfollow any
// initiative it can read (all of them, internally), also one of another department; the row is the
// actor's own, whatever user id the input carries.
import { followInitiativeAction, unfollowInitiativeAction } from "@/lib/my-work/follows";
import { everyone, type Case, type Fixture, type RoleKey } from "./shared";

/** An initiative of the actor's department (DIGI) or, for `foreign`, one of another department. */
async function initiativeInput(f: Fixture, _role: RoleKey, scope: "own" | "foreign" = "own") {
  const departmentId = f.actors.lead.departmentId!;
  const i = await f.db.initiative.findFirstOrThrow({
    where: scope === "own" ? { departmentId } : { departmentId: { not: departmentId } },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return { initiativeId: i.id, userId: f.actors.admin.id };
}

const foreign = { input: (f: Fixture, role: RoleKey) => initiativeInput(f, role, "foreign"), expect: everyone };

export const CASES: Case[] = [
  { action: followInitiativeAction as Case["action"], input: initiativeInput, expect: everyone, foreign },
  {
    action: unfollowInitiativeAction as Case["action"],
    input: async (f, role) => {
      const input = await initiativeInput(f, role);
      await f.db.initiativeFollow.upsert({
        where: { userId_initiativeId: { userId: f.actors[role].id, initiativeId: input.initiativeId } },
        create: { userId: f.actors[role].id, initiativeId: input.initiativeId },
        update: {},
      });
      return input;
    },
    expect: everyone,
    foreign,
  },
];
