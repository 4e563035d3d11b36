// The optimistic-concurrency step of every edit of a versioned row, written once: the update
// touches the row only where its id and version (and any state it requires) still match and bumps
// the version; zero rows is NOT_FOUND or CONFLICT with the stored row; the changed row is read back
// for the answer and the audit.
import { AppError } from "@/lib/errors/app-error";
import { ensureUpdated } from "./define-action";

type Update = () => Promise<{ count: number }>;

/** `reload` finds the stored row for a conflict answer (null when gone) and reads the changed row back. */
export function updateVersioned<T>(entity: string, update: Update, reload: () => Promise<T | null>): Promise<T>;
/** `reload` finds the stored row for a conflict answer; `readBack` reads the changed row as the action answers with it. */
export function updateVersioned<T>(entity: string, update: Update, reload: () => Promise<unknown>, readBack: () => Promise<T | null>): Promise<T>;
export async function updateVersioned<T>(entity: string, update: Update, reload: () => Promise<unknown>, readBack?: () => Promise<T | null>): Promise<T> {
  const { count } = await update();
  await ensureUpdated(count, entity, reload);
  const after = await (readBack ?? (reload as () => Promise<T | null>))();
  if (after === null || after === undefined) throw new AppError("NOT_FOUND", `${entity} no longer exists.`);
  return after;
}

type RowVersion = { id: string; version: number };

/**
 * The common case, spelled once: `updateMany` writes `data` where the row's id and version still
 * match and bumps the version; `reload` reads the row (the conflict answer and the changed row).
 */
export function updateRowVersioned<T, D extends object>(
  entity: string,
  row: RowVersion,
  updateMany: (args: { where: RowVersion; data: D & { version: { increment: 1 } } }) => Promise<{ count: number }>,
  data: D,
  reload: () => Promise<T | null>,
): Promise<T> {
  return updateVersioned(entity, () => updateMany({ where: { id: row.id, version: row.version }, data: { ...data, version: { increment: 1 } } }), reload);
}
