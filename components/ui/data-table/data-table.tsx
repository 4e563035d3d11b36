// The data table every list of the app and the public site is shown in. A server component (no
// hooks): rows are sorted by the shared TanStack model unless they arrive sorted, and sorting
// through the URL renders each sortable header as a link to the other order, so it works without
// JavaScript. For sorting in the browser, use ClientDataTable with the same column declarations.
import Link from "next/link";
import { DataTableMarkup } from "./markup";
import { nextSort, sortRows } from "./model";
import type { DataTableColumn, DataTableProps } from "./types";

export function SortIndicator({ active, desc }: { active: boolean; desc: boolean }) {
  return (
    <span aria-hidden="true" className="print:hidden">
      {active ? (desc ? "▼" : "▲") : "↕"}
    </span>
  );
}

export function DataTable<Row extends object>(props: DataTableProps<Row>) {
  const { sort = null, sortHref, columns, locale } = props;
  const order = (rows: Row[]) => (props.presorted ? rows : sortRows(rows, columns, sort, locale));
  const headerCell = (c: DataTableColumn<Row>) => {
    if (!c.sortable || !sortHref) return c.headerTitle ? <span title={c.headerTitle}>{c.header}</span> : c.header;
    const active = sort?.id === c.id;
    return (
      <Link
        href={sortHref(nextSort(sort, c.id))}
        scroll={false}
        title={c.headerTitle}
        aria-describedby={c.describedBy}
        className="inline-flex items-center gap-1 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
      >
        {c.header}
        <SortIndicator active={active} desc={!!sort?.desc} />
      </Link>
    );
  };
  return (
    <DataTableMarkup
      props={props}
      rows={order(props.rows ?? [])}
      groups={props.groups?.map((g) => ({ ...g, rows: order(g.rows) }))}
      headerCell={headerCell}
    />
  );
}
