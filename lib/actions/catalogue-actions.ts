// The create, update and delete actions of a catalogue row (partners, departments, fields of
// action, districts, the masterplan), written once: one permission for all of a catalogue's
// actions, version-checked updates and deletes, a delete refused while something still hangs off
// the row, audited under the action's name ("<entity>.create" …). A catalogue states once what
// its actions share (entity, permission, how a row is loaded); each action only what differs.
import type { z } from "zod";
import type { Permission } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { defineAction, ensureUpdated } from "./define-action";
import { updateVersioned } from "./versioned-update";

type RowVersion = { id: string; version: number };
type Load<Row> = (tx: Tx, input: { id: string }) => Promise<Row | null>;

/** A `where` part that leaves out the row being edited (none on create). */
export const otherThan = (exceptId?: string) => (exceptId ? { id: { not: exceptId } } : {});

/** Throws CONFLICT with a field error when `clash` found another row with the same name or code. */
export async function assertNoClash(clash: Promise<unknown>, message: string, fieldErrors: Record<string, string[]>): Promise<void> {
  if (await clash) throw new AppError("CONFLICT", message, { fieldErrors });
}

/** What all actions of one catalogue share: `entity` names them, `entityType` is audited, `load` reads a row by id. */
export type CatalogueSpec<Row> = {
  entity: string;
  entityType: string;
  permission: Permission;
  load: Load<Row>;
};

/** The actions of one catalogue, each declared with what only it needs. */
export function catalogueActions<Row extends object>(catalogue: CatalogueSpec<Row>) {
  const { entity, entityType, permission, load } = catalogue;
  return {
    ...catalogue,

    /** `create` checks and writes the row from the input and returns it as audited and answered. */
    create: <S extends z.ZodType, Created extends { id: string }>(spec: { input: S; create: (tx: Tx, input: z.infer<S>) => Promise<Created> }) =>
      defineAction({
        name: `${entity}.create`,
        input: spec.input,
        permission,
        load: async () => ({}),
        run: async ({ tx, input, audit }) => {
          const created = await spec.create(tx, input);
          audit({ action: `${entity}.create`, entityType, entityId: created.id, after: created });
          return created;
        },
      }),

    /**
     * `update` writes the input's fields (without id and version) where id and version match, with
     * whatever `prepare` adds after its checks (e.g. a new slug); the version is bumped here.
     */
    update: <S extends z.ZodType<RowVersion>>(spec: {
      input: S;
      prepare?: (tx: Tx, data: Omit<z.infer<S>, "id" | "version">, before: Row, id: string) => Promise<Record<string, unknown> | void>;
      update: (tx: Tx, where: RowVersion, data: Record<string, unknown>) => Promise<{ count: number }>;
    }) =>
      defineAction({
        name: `${entity}.update`,
        input: spec.input,
        permission,
        load,
        run: async ({ tx, input, resource: before, audit }) => {
          const { id, version, ...data } = input as z.infer<S> & RowVersion;
          const extra = (await spec.prepare?.(tx, data, before, id)) ?? {};
          const after = await updateVersioned(
            entityType,
            () => spec.update(tx, { id, version }, { ...data, ...extra, version: { increment: 1 } }),
            () => load(tx, { id }),
          );
          audit({ action: `${entity}.update`, entityType, entityId: id, before, after });
          return after;
        },
      }),

    /**
     * `loadWithUses` reads the row with the `_count` of what hangs off it; `inUse` names the refusal
     * when anything does (null: free to delete). The delete is version-checked against `load`.
     */
    remove: <S extends z.ZodType<RowVersion>, Uses>(spec: {
      input: S;
      loadWithUses: (tx: Tx, input: { id: string }) => Promise<(Row & { _count: Uses }) | null>;
      inUse: (uses: Uses) => AppError | null;
      remove: (tx: Tx, where: RowVersion) => Promise<{ count: number }>;
    }) =>
      defineAction({
        name: `${entity}.delete`,
        input: spec.input,
        permission,
        load: spec.loadWithUses,
        run: async ({ tx, input, resource, audit }) => {
          const { _count: uses, ...before } = resource;
          const refusal = spec.inUse(uses);
          if (refusal) throw refusal;
          const { count } = await spec.remove(tx, { id: input.id, version: input.version });
          await ensureUpdated(count, entityType, () => load(tx, input));
          audit({ action: `${entity}.delete`, entityType, entityId: input.id, before });
          return { id: input.id };
        },
      }),
  };
}
