// Archiving and unarchiving a piece of the plan structure (fields of action, districts), written
// once: the row keeps its initiatives but is no longer offered for new ones. Admins only
// (structure.manage), version-checked, audited before/after under the action's name.
import { defineAction } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { appNow } from "@/lib/dates";
import { rowVersionInput } from "./schemas";

type RowVersion = { id: string; version: number };

/** The archive and the unarchive action of one kind of row: `setArchivedAt` writes archivedAt where id and version match. */
export function archiveActions<Row extends object>(spec: {
  entity: "fieldOfAction" | "district";
  entityType: "FieldOfAction" | "District";
  load: (tx: Tx, input: { id: string }) => Promise<Row | null>;
  setArchivedAt: (tx: Tx, where: RowVersion, archivedAt: Date | null) => Promise<{ count: number }>;
}) {
  const setArchived = (archived: boolean) => {
    const name = `${spec.entity}.${archived ? "archive" : "unarchive"}`;
    return defineAction({
      name,
      input: rowVersionInput,
      permission: "structure.manage",
      load: spec.load,
      run: async ({ tx, input, resource: before, audit }) => {
        const where = { id: input.id, version: input.version };
        const after = await updateVersioned(spec.entityType, () => spec.setArchivedAt(tx, where, archived ? appNow() : null), () => spec.load(tx, input));
        audit({ action: name, entityType: spec.entityType, entityId: input.id, before, after });
        return after;
      },
    });
  };
  return { archive: setArchived(true), unarchive: setArchived(false) };
}
