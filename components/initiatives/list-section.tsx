// A section of the internal initiative page that lists things as bordered cards (decisions,
// documents), or says there are none, with the forms below (`children`). Server-side only: `item`
// renders each card's content.
import type { ReactNode } from "react";
import { CollapsibleSection } from "./collapsible-section";

export function ListSection<T>({
  id,
  title,
  items,
  empty,
  itemKey,
  testId,
  item,
  children,
}: {
  id: string;
  title: string;
  items: T[];
  empty: ReactNode;
  itemKey: (item: T) => string;
  /** data-testid of each card. */
  testId: string;
  item: (item: T) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <CollapsibleSection id={id} title={title}>
      {items.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((x) => (
            <li key={itemKey(x)} className="rounded border border-slate-200 p-3" data-testid={testId}>
              {item(x)}
            </li>
          ))}
        </ul>
      )}
      {children}
    </CollapsibleSection>
  );
}
