// The portfolio page's model (lib/portfolio/page-model.ts) for the rows loaded once per state of the
// data (lib/cache/data-memo.ts): filtering, sorting, facet counts and grouping over all 2,000 rows
// cost the server a few milliseconds per request, and eight people paging through the same views
// ask for the same pages. The model is a pure function of the rows, the table's state and the
// choices, so it is kept beside the very rows it was computed from: rows loaded after a change are
// a new array, which starts with no pages, and the old ones go with their rows (WeakMap). Server only
// (page-model.ts itself also runs in the browser).
import { LRUCache } from "lru-cache";
import { portfolioPage, type PortfolioPageModel } from "./page-model";
import type { PortfolioFacetOptions, PortfolioRow } from "./row";
import type { PortfolioTableState } from "./table-state";

/** Views kept per set of rows (each a few KB: only the visible page's rows). */
const VIEWS_PER_ROWS = 100;
const NO_OPTIONS = {};

const byRows = new WeakMap<readonly PortfolioRow[], WeakMap<object, LRUCache<string, PortfolioPageModel>>>();

/** `portfolioPage(rows, state, options)`, computed once per rows, choices and state. Callers must not change the result. */
export function memoPortfolioPage(rows: readonly PortfolioRow[], state: PortfolioTableState, options?: PortfolioFacetOptions): PortfolioPageModel {
  let byOptions = byRows.get(rows);
  if (!byOptions) byRows.set(rows, (byOptions = new WeakMap()));
  let views = byOptions.get(options ?? NO_OPTIONS);
  if (!views) byOptions.set(options ?? NO_OPTIONS, (views = new LRUCache<string, PortfolioPageModel>({ max: VIEWS_PER_ROWS })));
  const key = JSON.stringify(state);
  let view = views.get(key);
  if (!view) views.set(key, (view = portfolioPage(rows, state, options)));
  return view;
}
