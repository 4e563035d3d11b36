// The hidden inputs every per-milestone form carries: which milestone, and the version the user
// saw (optimistic concurrency; the conflict view replaces it when saving again).
export function MilestoneIds({ m }: { m: { id: string; version: number } }) {
  return (
    <>
      <input type="hidden" name="id" value={m.id} />
      <input type="hidden" name="version" value={m.version} />
    </>
  );
}
