// Ending signed-in sessions: a user ends one of their own or all but the current one (account
// page); an admin ends all sessions of a user (user administration). Each goes through the one
// builder and is audited; an ended session is refused on its next request (lib/auth/session-token.ts).
import { defineAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { endOtherSessionsInput, endSessionInput, endUserSessionsInput } from "./schemas";
import { revokeSession, revokeUserSessions } from "./store";

export const endOwnSessionAction = defineAction({
  name: "session.end",
  input: endSessionInput,
  permission: "session.manageOwn",
  // Another user's session is found but fails the owner check: FORBIDDEN, never ended.
  load: async (tx, input) => {
    const row = await tx.userSession.findUnique({
      where: { id: input.id },
      select: { id: true, userId: true, createdAt: true, lastSeenAt: true, revokedAt: true, expiresAt: true },
    });
    return row ? { ownerId: row.userId, session: row } : null;
  },
  run: async ({ tx, input, actor, resource, audit }) => {
    const ended = await revokeSession(tx, input.id, "ENDED_BY_USER", new Date(), actor.id);
    if (!ended) throw new AppError("CONFLICT", "This session has already ended.");
    const current = input.id === actor.sessionId;
    audit({
      action: "session.end",
      entityType: "User",
      entityId: actor.id,
      before: { createdAt: resource.session.createdAt, lastSeenAt: resource.session.lastSeenAt },
      // The first characters tell sessions apart in the log; the id itself is not a credential.
      after: { session: `${input.id.slice(0, 8)}…`, reason: "ENDED_BY_USER", current },
    });
    return { current };
  },
});

export const endOtherSessionsAction = defineAction({
  name: "session.endOthers",
  input: endOtherSessionsInput,
  permission: "session.manageOwn",
  load: async (_tx, _input, actor) => ({ ownerId: actor.id }),
  run: async ({ tx, actor, audit, unchanged }) => {
    const ended = await revokeUserSessions(tx, actor.id, "ENDED_BY_USER", new Date(), actor.sessionId);
    if (ended === 0) unchanged();
    else audit({ action: "session.endOthers", entityType: "User", entityId: actor.id, after: { ended, reason: "ENDED_BY_USER" } });
    return { ended };
  },
});

export const endUserSessionsAction = defineAction({
  name: "user.endSessions",
  input: endUserSessionsInput,
  permission: "session.manageAll",
  load: (tx, input) => tx.user.findUnique({ where: { id: input.id }, select: { id: true, email: true } }),
  run: async ({ tx, input, actor, audit }) => {
    // An admin ending their own sessions keeps the one they are using.
    const keep = input.id === actor.id ? actor.sessionId : undefined;
    const ended = await revokeUserSessions(tx, input.id, "ENDED_BY_ADMIN", new Date(), keep);
    audit({ action: "user.endSessions", entityType: "User", entityId: input.id, after: { ended, reason: "ENDED_BY_ADMIN" } });
    return { ended };
  },
});
