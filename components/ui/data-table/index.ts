// The one data table: declare columns once (types.ts), render with DataTable (server, URL sorting)
// or ClientDataTable (browser sorting; import it from "./client-data-table" itself: a client module
// in this index would be sent to the browser of every page that renders a server-side table, as it
// was to the citizens' home page); UrlPagination pages through the URL.
export { DataTable, SortIndicator } from "./data-table";
export { formatCell, isNumericFormat } from "./format";
export { compareValues, nextSort, parseSortParams, sortRows } from "./model";
export { UrlPagination, pageHref, pageWindow, parsePageParams } from "./url-pagination";
export type { CellFormat, CellValue, DataTableColumn, DataTableFooterRow, DataTableGroup, DataTableProps, SortState } from "./types";
