// The hidden inputs every form that changes one row carries: which row, and the version the user
// saw (optimistic concurrency; the conflict view replaces it when saving again).
export function RowIds({ row }: { row: { id: string; version: number } }) {
  return (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
    </>
  );
}
