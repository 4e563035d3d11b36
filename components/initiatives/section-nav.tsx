"use client";
// The in-page navigation of the internal initiative page: one link per section with its count,
// sticky at the top while the page scrolls, a horizontally scrolling strip on narrow screens.
// Plain links work without JavaScript (the sections start open); the script only opens a folded
// section when its link (or a #hash in the address) targets it, and marks the section in view.
import { useEffect, useState } from "react";

export type SectionNavItem = { id: string; label: string; count?: number; countLabel?: string };

function openTarget(hash: string) {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (!target) return;
  const details = target.closest("details") ?? target.querySelector("details");
  if (details && !details.open) details.open = true;
}

export function SectionNav({ label, items }: { label: string; items: SectionNavItem[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    openTarget(window.location.hash);
    const onHash = () => openTarget(window.location.hash);
    window.addEventListener("hashchange", onHash);
    const sections = items.map((i) => document.getElementById(i.id)).filter((s): s is HTMLElement => !!s);
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target.id);
          else visible.delete(e.target.id);
        }
        setCurrent(items.find((i) => visible.has(i.id))?.id ?? null);
      },
      // A section counts as "in view" while it crosses the upper third of the window.
      { rootMargin: "0px 0px -66% 0px" },
    );
    sections.forEach((s) => observer.observe(s));
    return () => {
      window.removeEventListener("hashchange", onHash);
      observer.disconnect();
    };
  }, [items]);

  return (
    <nav aria-label={label} className="sticky top-0 z-10 -mx-4 mt-6 border-b border-slate-200 bg-white/95 px-4 backdrop-blur print:hidden">
      {/* relative: the screen-reader-only counts (absolutely placed) stay inside the strip's scroll box, not widening the page. */}
      <ul className="relative flex gap-1 overflow-x-auto whitespace-nowrap py-2 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={() => openTarget(`#${item.id}`)}
              aria-current={current === item.id ? "location" : undefined}
              className="inline-block rounded px-2 py-1 text-brand-700 underline-offset-2 hover:underline aria-[current=location]:bg-brand-50 aria-[current=location]:font-semibold"
            >
              {item.label}
              {item.count !== undefined && (
                <>
                  {" "}
                  <span aria-hidden="true" className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-800">{item.count}</span>
                  <span className="sr-only">{item.countLabel ?? item.count}</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
