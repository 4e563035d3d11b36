// The dependency graph and its cycle check, as pure functions (no database): mutations.ts loads
// the stored dependencies and asks here before writing one more.
//
// A dependency "S needs P" means S cannot start (an initiative) or be reached (a milestone) before
// P is done. Initiatives and their milestones are one plan, so the check reads the hierarchy too:
// an initiative starts before each of its milestones and ends after each of them. In the graph each
// initiative is two nodes (start, end) with start → milestone → end, and a dependency P → S joins
// P's end (or the milestone) to S's start (or the milestone). A new dependency closes a cycle when
// P's end is already reachable from S's start: "MOB-01 needs INF-02" is refused while INF-02 (or
// one of its milestones) needs MOB-01 or one of MOB-01's milestones, however many steps apart.

/** One side of a dependency: an initiative, or one of its milestones. */
export type PlanPart = { initiativeId: string; milestoneId: string | null };
export type DependencyEdge = { predecessor: PlanPart; successor: PlanPart };

type NodeId = string;
const startOf = (p: PlanPart): NodeId => (p.milestoneId ? `m:${p.milestoneId}` : `s:${p.initiativeId}`);
const endOf = (p: PlanPart): NodeId => (p.milestoneId ? `m:${p.milestoneId}` : `e:${p.initiativeId}`);

export const samePart = (a: PlanPart, b: PlanPart) => a.initiativeId === b.initiativeId && (a.milestoneId ?? null) === (b.milestoneId ?? null);

/**
 * The cycle a new dependency would close, as the parts along it in "needs" order starting and
 * ending with the new successor (S, P, …, S); null when there is none. `milestonesOf` lists each
 * initiative's milestone ids (only the initiatives on the edges matter).
 */
export function findCycle(edges: readonly DependencyEdge[], added: DependencyEdge, milestonesOf: ReadonlyMap<string, readonly string[]>): PlanPart[] | null {
  const next = new Map<NodeId, { to: NodeId; part: PlanPart | null }[]>();
  const link = (from: NodeId, to: NodeId, part: PlanPart | null) => {
    const list = next.get(from) ?? [];
    list.push({ to, part });
    next.set(from, list);
  };
  const initiatives = new Set<string>();
  for (const e of [...edges, added]) for (const p of [e.predecessor, e.successor]) initiatives.add(p.initiativeId);
  for (const id of initiatives) {
    link(`s:${id}`, `e:${id}`, null);
    for (const m of milestonesOf.get(id) ?? []) {
      link(`s:${id}`, `m:${m}`, null);
      link(`m:${m}`, `e:${id}`, null);
    }
  }
  // Each dependency edge remembers its predecessor part, so the path can be told in words.
  for (const e of edges) link(endOf(e.predecessor), startOf(e.successor), e.predecessor);

  // Breadth first from the new successor's start; the first path found to P's end is the shortest.
  const from = startOf(added.successor);
  const target = endOf(added.predecessor);
  const parent = new Map<NodeId, { prev: NodeId; part: PlanPart | null }>();
  const queue: NodeId[] = [from];
  const seen = new Set<NodeId>([from]);
  let found = from === target;
  while (queue.length && !found) {
    const node = queue.shift()!;
    for (const { to, part } of next.get(node) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      parent.set(to, { prev: node, part });
      if (to === target) {
        found = true;
        break;
      }
      queue.push(to);
    }
  }
  if (!found) return null;
  // Walking back from P's end to S's start meets the predecessors of the stored edges in "needs"
  // order (each one needed by the part before it): S needs P, P needs X, …, X needs S.
  const needs: PlanPart[] = [];
  for (let node = target; node !== from; ) {
    const step = parent.get(node)!;
    if (step.part) needs.unshift(step.part);
    node = step.prev;
  }
  // The loop closes at the successor, or at one of its milestones when the path runs through it.
  const chain = [added.successor, added.predecessor, ...needs.reverse()];
  const last = chain[chain.length - 1]!;
  if (!(last.initiativeId === added.successor.initiativeId && added.successor.milestoneId === null && chain.length > 2)) chain.push(added.successor);
  return chain.filter((p, i, all) => i === 0 || !samePart(p, all[i - 1]!));
}
