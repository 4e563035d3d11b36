// Archiving and unarchiving a piece of the plan structure (fields of action, districts), written
// once: the row keeps its initiatives but is no longer offered for new ones. Under the catalogue's
// permission (structure.manage), version-checked, audited before/after under the action's name.
import type { CatalogueSpec } from "@/lib/actions/catalogue-actions";
import { defineAction } from "@/lib/actions/define-action";
import { updateVersioned } from "@/lib/actions/versioned-update";
import type { Tx } from "@/lib/db/client";
import { appNow } from "@/lib/dates";
import { rowVersionInput } from "./schemas";

type RowVersion = { id: string; version: number };

/** The archive and the unarchive action of a catalogue's rows: `setArchivedAt` writes archivedAt where id and version match. */
export function archiveActions<Row extends object>(
  catalogue: CatalogueSpec<Row>,
  setArchivedAt: (tx: Tx, where: RowVersion, archivedAt: Date | null) => Promise<{ count: number }>,
) {
  const { entity, entityType, permission, load } = catalogue;
  const setArchived = (archived: boolean) => {
    const name = `${entity}.${archived ? "archive" : "unarchive"}`;
    return defineAction({
      name,
      input: rowVersionInput,
      permission,
      load,
      run: async ({ tx, input, resource: before, audit }) => {
        const where = { id: input.id, version: input.version };
        const after = await updateVersioned(entityType, () => setArchivedAt(tx, where, archived ? appNow() : null), () => load(tx, input));
        audit({ action: name, entityType, entityId: input.id, before, after });
        return after;
      },
    });
  };
  return { archive: setArchived(true), unarchive: setArchived(false) };
}
