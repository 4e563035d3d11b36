// Following an initiative: anyone who may read it can follow it, and "my work" then lists what
// others changed on it since the follower last opened its page. Follow and unfollow are actions
// (audited, but as the follower's own bookkeeping: the event is not filed under the initiative,
// so following neither counts as a change to it — staleness, followers' news — nor shows in its
// history). Opening the initiative's page moves the follower's "last seen" mark.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/authz/policy";
import type { Db, Tx } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";

export const followInput = z.object({ initiativeId: z.uuid() });

const AUDIT = { entityType: "InitiativeFollow" } as const;

/** Following and unfollowing: the same initiative, the same right (whoever may read it). */
const onInitiative = {
  input: followInput,
  permission: "initiative.follow",
  load: (tx: Tx, input: z.infer<typeof followInput>) => loadInitiativeFacts(tx, input.initiativeId),
} as const;

export const followInitiativeAction = defineAction({
  name: "initiative.follow",
  ...onInitiative,
  run: async ({ tx, input, actor, audit, unchanged }) => {
    const key = { userId_initiativeId: { userId: actor.id, initiativeId: input.initiativeId } };
    const existing = await tx.initiativeFollow.findUnique({ where: key, select: { createdAt: true } });
    if (existing) {
      unchanged();
      return { following: true };
    }
    await tx.initiativeFollow.create({ data: { userId: actor.id, initiativeId: input.initiativeId } });
    audit({ ...AUDIT, action: "initiative.follow", entityId: input.initiativeId, after: { userId: actor.id, initiativeId: input.initiativeId } });
    return { following: true };
  },
});

export const unfollowInitiativeAction = defineAction({
  name: "initiative.unfollow",
  ...onInitiative,
  run: async ({ tx, input, actor, audit, unchanged }) => {
    const { count } = await tx.initiativeFollow.deleteMany({ where: { userId: actor.id, initiativeId: input.initiativeId } });
    if (count === 0) unchanged();
    else audit({ ...AUDIT, action: "initiative.unfollow", entityId: input.initiativeId, before: { userId: actor.id, initiativeId: input.initiativeId } });
    return { following: false };
  },
});

/** Whether the viewer follows the initiative. */
export async function isFollowing(db: Db, viewer: Actor, initiativeId: string): Promise<boolean> {
  return (await db.initiativeFollow.count({ where: { userId: viewer.id, initiativeId } })) > 0;
}

/**
 * The viewer opened the initiative's page: what changed until now is seen. A read receipt, not a
 * change to anything (like the last sign-in time): no action, no audit event. Only the viewer's
 * own follow row; nothing happens when they do not follow it. The mark is the database's clock,
 * the clock audit events are stamped with (FIXED_NOW does not reach them), unless `at` is given.
 */
export async function markFollowSeen(db: Db, viewer: Actor, initiativeId: string, at?: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE initiative_follows SET seen_at = COALESCE(${at ?? null}::timestamptz, now())
    WHERE user_id = ${viewer.id}::uuid AND initiative_id = ${initiativeId}::uuid`;
}
