// The actions on a row that belongs to an initiative (budget lines, risks, KPIs, comments),
// written once around what each says: creating one (audited with its initiative, answered with its
// id) and a version-checked edit of one (audited before/after with its initiative, answered with
// its id and new version, for the next edit).
import type { z } from "zod";
import type { Actor, Permission } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { defineAction, type ActionContext } from "./define-action";

/** Creating a row of the initiative `input.initiativeId`; by default loads that initiative's facts for the policy. */
export function createInitiativeRowAction<S extends z.ZodType<{ initiativeId: string }>, R extends object, C extends { id: string }>(spec: {
  name: string;
  entityType: string;
  input: S;
  permission: Permission;
  load?: (tx: Tx, input: z.infer<S>, actor: Actor) => Promise<R | null>;
  create: (ctx: ActionContext<z.infer<S>, R>) => Promise<C>;
}) {
  return defineAction({
    name: spec.name,
    input: spec.input,
    permission: spec.permission,
    load: spec.load ?? ((tx: Tx, input: z.infer<S>) => loadInitiativeFacts(tx, input.initiativeId) as Promise<R | null>),
    run: async (ctx) => {
      const created = await spec.create(ctx);
      ctx.audit({ action: spec.name, entityType: spec.entityType, entityId: created.id, initiativeId: ctx.input.initiativeId, after: created });
      return { id: created.id };
    },
  });
}

/** Editing a row: `load` answers with the row as `before` and its initiative; `edit` writes and returns the changed row. */
export function editInitiativeRowAction<
  S extends z.ZodType<{ id: string; version: number }>,
  R extends { before: object; initiativeId: string | null },
  A extends { version: number },
>(spec: {
  name: string;
  entityType: string;
  input: S;
  permission: Permission;
  load: (tx: Tx, input: z.infer<S>, actor: Actor) => Promise<R | null>;
  edit: (ctx: ActionContext<z.infer<S>, R>) => Promise<A>;
}) {
  return defineAction({
    name: spec.name,
    input: spec.input,
    permission: spec.permission,
    load: spec.load,
    run: async (ctx) => {
      const after = await spec.edit(ctx);
      const { id } = ctx.input;
      const { before, initiativeId } = ctx.resource;
      ctx.audit({ action: spec.name, entityType: spec.entityType, entityId: id, initiativeId, before, after });
      return { id, version: after.version };
    },
  });
}
