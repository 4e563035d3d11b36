// Named random streams for the demo data set. Every initiative (and every part of it: its plan,
// each milestone's forecast history, each quarter's report, its budget, its risks) draws from its
// own generator, seeded from a name such as "VER-05/plan" or "VER-05/2026-Q3". So moving one
// initiative's dates, or seeding on another day, never shifts another initiative's texts or numbers.
import { createRng, type Rng } from "./large-util";

export type { Rng };

/** The demo's fixed seed (the masterplan's adoption day), mixed into every stream name. */
const DEMO_SEED = "20180618";

/** FNV-1a: a 32-bit hash of a stream name, the seed of its generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The generator for one named stream; the same name gives the same numbers on every run and day. */
export function stream(name: string): Rng {
  return createRng(hash(`${DEMO_SEED}/${name}`));
}
