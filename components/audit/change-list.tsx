// The readable changes of one audit event: "Prognose: 30.06.2026 → 30.09.2026", one per line.
// Display only: the wording comes from lib/audit/describe.ts.
import type { Change } from "@/lib/audit/describe";

export function ChangeList({ changes, none, className = "" }: { changes: Change[]; none: string; className?: string }) {
  if (changes.length === 0) return null;
  return (
    <ul className={`space-y-0.5 ${className}`}>
      {changes.map((c) => (
        <li key={c.key} className="break-words">
          <span className="font-medium">{c.label}:</span> {c.from === null ? <span className="text-slate-700">{none}</span> : c.from}
          {" → "}
          {c.to === null ? <span className="text-slate-700">{none}</span> : c.to}
        </li>
      ))}
    </ul>
  );
}
