// A horizontally scrollable box for a wide table on a narrow screen. It is a named, focusable region,
// so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"), and the page
// itself never scrolls sideways (WCAG 1.4.10 Reflow).
import type { ReactNode } from "react";

export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${className}`}>
      {children}
    </div>
  );
}
