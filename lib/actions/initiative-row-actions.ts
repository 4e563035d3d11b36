// The actions on a row that belongs to an initiative (budget lines, risks, KPIs, comments),
// written once around what each says: creating one (audited with its initiative, answered with its
// id), a version-checked edit of one (audited before/after with its initiative, answered with its
// id and new version, for the next edit) and a version-checked delete (audited with its
// initiative). A kind of row states once what its actions share: its entity name, its audited
// entity type, the permission most of its actions need and how a row is loaded with its facts.
import type { z } from "zod";
import type { Actor, Permission } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { loadInitiativeFacts } from "@/lib/initiatives/facts";
import { defineAction, ensureUpdated, type ActionContext } from "./define-action";

type RowVersion = { id: string; version: number };
/** A loaded row: the facts of its initiative for the policy, and the row as audited `before`. */
type Loaded = { before: object; initiativeId: string | null };

export function initiativeRowActions<R extends Loaded>(rows: {
  /** Names the actions: "<entity>.create", "<entity>.<verb>", "<entity>.delete". */
  entity: string;
  entityType: string;
  permission: Permission;
  /** The row with its facts by id; null when it does not exist (or is not this actor's to see). */
  load: (tx: Tx, id: string, actor: Actor) => Promise<R | null>;
  /** The stored row, for a conflict's answer when a delete finds another version. */
  find: (tx: Tx, id: string) => Promise<unknown>;
}) {
  const { entity, entityType } = rows;
  const load = (tx: Tx, input: { id: string }, actor: Actor) => rows.load(tx, input.id, actor);
  return {
    /** Creating a row of the initiative `input.initiativeId`; by default loads that initiative's facts for the policy. */
    create: <S extends z.ZodType<{ initiativeId: string }>, F extends object, C extends { id: string }>(spec: {
      input: S;
      permission?: Permission;
      load?: (tx: Tx, input: z.infer<S>, actor: Actor) => Promise<F | null>;
      create: (ctx: ActionContext<z.infer<S>, F>) => Promise<C>;
      /** After the create is audited: e.g. a publication request for it; what it answers joins the result. */
      afterCreate?: (ctx: ActionContext<z.infer<S>, F>, created: C) => Promise<object | null>;
    }) =>
      defineAction({
        name: `${entity}.create`,
        input: spec.input,
        permission: spec.permission ?? rows.permission,
        load: spec.load ?? ((tx: Tx, input: z.infer<S>) => loadInitiativeFacts(tx, input.initiativeId) as Promise<F | null>),
        run: async (ctx) => {
          const created = await spec.create(ctx);
          ctx.audit({ action: `${entity}.create`, entityType, entityId: created.id, initiativeId: ctx.input.initiativeId, after: created });
          // Created and then asked to be published (lib/publish/gate.ts): the form says so.
          const publish = spec.afterCreate ? await spec.afterCreate(ctx, created) : null;
          return { id: created.id, ...(publish ?? {}) };
        },
      }),

    /** Editing a row (`${entity}.${verb}`): `edit` writes and returns the changed row. */
    edit: <S extends z.ZodType<RowVersion>, A extends { version: number }>(
      verb: string,
      spec: { input: S; permission?: Permission; edit: (ctx: ActionContext<z.infer<S>, R>) => Promise<A> },
    ) =>
      defineAction({
        name: `${entity}.${verb}`,
        input: spec.input,
        permission: spec.permission ?? rows.permission,
        load,
        run: async (ctx) => {
          const after = await spec.edit(ctx);
          const { id } = ctx.input;
          const { before, initiativeId } = ctx.resource;
          ctx.audit({ action: `${entity}.${verb}`, entityType, entityId: id, initiativeId, before, after });
          // A change that asked for publication instead (lib/publish/gate.ts) says so to the form.
          const { publishRequested } = after as { publishRequested?: true };
          return { id, version: after.version, ...(publishRequested ? { publishRequested } : {}) };
        },
      }),

    /** Deleting a row: `remove` deletes where id and version (and what else it requires) match, after its checks. */
    remove: <S extends z.ZodType<RowVersion>>(spec: { input: S; remove: (ctx: ActionContext<z.infer<S>, R>) => Promise<{ count: number }> }) =>
      defineAction({
        name: `${entity}.delete`,
        input: spec.input,
        permission: rows.permission,
        load,
        run: async (ctx) => {
          const { tx, input, resource } = ctx;
          const { count } = await spec.remove(ctx);
          await ensureUpdated(count, entityType, () => rows.find(tx, input.id));
          ctx.audit({ action: `${entity}.delete`, entityType, entityId: input.id, initiativeId: resource.initiativeId, before: resource.before });
          return { id: input.id };
        },
      }),
  };
}
