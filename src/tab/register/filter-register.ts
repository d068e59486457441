import type { RegisterRow } from "../../sharepoint/register/register-row";
import type { RegisterQuery } from "./register-query";
import { reviewStateOf } from "./review-state";
import type { SavedView, ViewContext } from "./saved-views";
import { searchMatcher } from "./search-register";

/** A multi-select filter: nothing chosen lets everything through; otherwise the value must be one chosen. */
const anyOf = (chosen: readonly string[], value: string | undefined): boolean => chosen.length === 0 || (value !== undefined && chosen.includes(value));

/**
 * The rows the register shows: those in the saved view that pass every filter and the search.
 * Filters narrow together (kind AND status …); choices within one filter widen (Active OR Exiting).
 */
export function filterRegister(rows: readonly RegisterRow[], query: RegisterQuery, view: SavedView | undefined, context: ViewContext): RegisterRow[] {
  const matchesText = searchMatcher(query.text);
  return rows.filter(
    (row) =>
      (view ? view.includes(row, context) : true) &&
      anyOf(query.kinds, row.kind) &&
      anyOf(query.categories, row.category) &&
      anyOf(query.statuses, row.status) &&
      anyOf(query.directorates, row.directorate ? String(row.directorate.id) : undefined) &&
      anyOf(query.portfolios, row.portfolio ? String(row.portfolio.id) : undefined) &&
      (query.review.length === 0 || (query.review as string[]).includes(reviewStateOf(row, context.today).state)) &&
      (!query.problems || row.problems.length > 0) &&
      matchesText(row),
  );
}
