// The embeddable cards (app/embed): an initiative's status and a field's summary, in words first
// (health and status spelled out, numbers with their unit), each with a link to its public page
// that opens outside the frame. Display-ready props only.
import type { ReactNode } from "react";

export function EmbedCard({ title, lang, href, more, rows, testId }: { title: string; lang?: string; href: string; more: string; rows: ReactNode[]; testId: string }) {
  return (
    <main className="p-3">
      <article aria-labelledby="embed-title" className="max-w-md rounded border border-slate-300 p-3" data-testid={testId}>
        <h1 id="embed-title" className="text-base font-semibold text-brand-900" lang={lang}>{title}</h1>
        <ul className="mt-2 space-y-1 text-sm">
          {rows.map((row, i) => <li key={i}>{row}</li>)}
        </ul>
        <p className="mt-2 text-sm">
          <a href={href} target="_blank" rel="noopener" className="text-brand-700 underline underline-offset-2">{more}</a>
        </p>
      </article>
    </main>
  );
}
