// A native <details> disclosure for the edit forms on the initiative page: keyboard accessible
// without script, closed by default so the page stays readable. Used by the KPI, budget, risk and
// comment sections.
export function Disclosure({ summary, children, className = "" }: { summary: string; children: React.ReactNode; className?: string }) {
  return (
    <details className={`group rounded border border-slate-200 ${className}`}>
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2">
        {summary}
      </summary>
      <div className="border-t border-slate-200 p-3">{children}</div>
    </details>
  );
}
