// The one data table: declare columns once (types.ts), render with DataTable (server, URL sorting)
// or ClientDataTable (browser sorting); UrlPagination pages through the URL.
export { ClientDataTable } from "./client-data-table";
export { DataTable, SortIndicator } from "./data-table";
export { formatCell, isNumericFormat } from "./format";
export { compareValues, nextSort, parseSortParams, sortRows } from "./model";
export { UrlPagination, pageHref, pageWindow, parsePageParams } from "./url-pagination";
export type { CellFormat, CellValue, DataTableColumn, DataTableFooterRow, DataTableGroup, DataTableProps, SortState } from "./types";
