// How a side of a dependency is named in lists, errors and the audit log: the initiative's code,
// and for a milestone its code or title after it ("INF-02 · Campusnetz im Hafen in Betrieb").
export type PartNames = { initiativeCode: string; milestone: { code: string | null; title: string } | null };

export function partLabel(p: PartNames): string {
  return p.milestone ? `${p.initiativeCode} · ${p.milestone.code ?? p.milestone.title}` : p.initiativeCode;
}

/** A chain of parts as the cycle error shows it: "MOB-03 → DAT-01 → MOB-03". */
export function chainLabel(parts: readonly PartNames[]): string {
  return parts.map(partLabel).join(" → ");
}
