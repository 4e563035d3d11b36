// One section of the internal initiative page as a native disclosure: <details open> with the h2
// inside its <summary>, so it folds with mouse, keyboard and without JavaScript, and the heading
// stays in the outline. The section's id is the in-page navigation's anchor; the heading keeps
// the "<id>-heading" id older links (#milestones-heading, #kpis-heading) point at.
export function CollapsibleSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-8 scroll-mt-16">
      <details open className="group/section">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="inline-block w-4 text-brand-700 transition-transform group-open/section:rotate-90 motion-reduce:transition-none">
            ▸
          </span>
          <h2 id={`${id}-heading`} className="text-xl font-semibold">{title}</h2>
        </summary>
        {children}
      </details>
    </section>
  );
}
