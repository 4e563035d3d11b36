// The column and table description every table of the app and the public site is declared with:
// one entry per column (header, cell, sort, alignment, locale formatting). Isomorphic: server
// components, client components and tests use the same types.
import type { ReactNode } from "react";

/** A cell's plain value: what it sorts by, and what is shown (formatted) when there is no `cell`. */
export type CellValue = string | number | bigint | Date | boolean | null | undefined;

/** How a plain value is shown, by the table's locale. Numeric formats align at the end. */
export type CellFormat =
  | "text"
  | "integer"
  | "number"
  | "decimal1"
  | "currency"
  | "currencyCents"
  | "percent"
  | "date"
  | "datetime";

export type DataTableColumn<Row> = {
  id: string;
  header: ReactNode;
  /** The plain value: sort key, and the shown value (formatted by `format`) unless `cell` is set. */
  value?: (row: Row) => CellValue;
  /** The rendered cell; defaults to the formatted `value`. */
  cell?: (row: Row) => ReactNode;
  format?: CellFormat;
  /** Defaults to "end" for numeric formats, else "start". */
  align?: "start" | "end" | "center";
  /** Header cell for its row (<th scope="row">): usually the name column. */
  rowHeader?: boolean;
  /** May the reader sort by this column? Needs `value`. */
  sortable?: boolean;
  /** The header is read by screen readers only (e.g. an actions column). */
  headerHidden?: boolean;
  /** Extra classes of this column's cells (width, wrapping). */
  className?: string;
  /** A tooltip for the header, and the id of an element that defines the column (aria-describedby). */
  headerTitle?: string;
  describedBy?: string;
};

export type SortState = { id: string; desc: boolean } | null;

/** A row in the table's footer: a label over the first `span` columns, then values by column id. */
export type DataTableFooterRow = {
  key: string;
  label: ReactNode;
  span?: number;
  values: Partial<Record<string, ReactNode>>;
};

/** A group of rows under a heading row (e.g. rows per field of action), optionally closed by a total row. */
export type DataTableGroup<Row> = {
  key: string;
  /** The heading row's content; without it the group has no heading row. */
  head?: ReactNode;
  rows: Row[];
  /** A row closing the group (e.g. a subtotal), laid out like a footer row. */
  foot?: DataTableFooterRow;
};

export type DataTableProps<Row> = {
  columns: DataTableColumn<Row>[];
  /** The rows, or (instead) groups of rows each under a heading row. */
  rows?: Row[];
  groups?: DataTableGroup<Row>[];
  rowKey: (row: Row, index: number) => string;
  /** The table's caption: its accessible name, and the name of the scroll region. */
  caption: string;
  /** Show the caption on screen (default: for screen readers only). */
  captionVisible?: boolean;
  /** A sentence on what the table shows or how it is computed, linked by aria-describedby. */
  summary?: ReactNode;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** BCP 47 locale for number and date formats ("de", "en"). */
  locale: string;
  /** Time zone for "datetime" cells (dates are calendar days and are shown as such). */
  timeZone?: string;
  footer?: DataTableFooterRow[];
  /** The first column stays visible while the table scrolls sideways (default true). */
  stickyFirstColumn?: boolean;
  /** Further leading columns that stick (e.g. code and title: 2); the second sticks from 640 px up. */
  stickyColumns?: number;
  /** Width of the first column when two columns stick (the second sticks at this offset), e.g. "7rem". */
  firstColumnWidth?: string;
  /** Header row stays visible (default true); within the page it needs `maxHeight`, the box then scrolls both ways. */
  stickyHeader?: boolean;
  /** Bounded height of the scroll box from 640 px up (e.g. "75vh"), for long tables whose header stays put. */
  maxHeight?: string;
  /** Name of the scroll region when it should differ from the caption. */
  regionLabel?: string;
  /** The rows are being replaced (aria-busy, dimmed). */
  busy?: boolean;
  /** Below this width the table scrolls inside its box instead of squeezing (e.g. "40rem"). */
  minWidth?: string;
  /** The current sort. Rows are sorted here unless `presorted`; with `sortHref`, headers link to the other order. */
  sort?: SortState;
  /** Server sorting through the URL: the link for a header, given the sort it would set. */
  sortHref?: (next: SortState) => string;
  /** The rows arrive in the order to show (server sorted): only mark the header. */
  presorted?: boolean;
  rowClassName?: (row: Row) => string | undefined;
  /** Content of a full-width row under each row (e.g. a disclosure to manage it); nothing when it returns null. */
  rowDetail?: (row: Row) => ReactNode;
  /** Smaller type and padding (figures, print). */
  dense?: boolean;
  id?: string;
  testId?: string;
  /** Extra classes of the outer box. */
  className?: string;
};
