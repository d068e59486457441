import { lifecycleStates, stateLabels } from "../../domain/lifecycle/states";
import type { NamedItem, RegisterRow } from "../../sharepoint/register/register-row";
import type { ReviewFilter } from "./register-query";
import { reviewStateOf } from "./review-state";

export interface FilterOption {
  value: string;
  label: string;
  /** How many of the rows in the current view have this value. */
  count: number;
}

export interface FilterOptions {
  kinds: FilterOption[];
  categories: FilterOption[];
  statuses: FilterOption[];
  directorates: FilterOption[];
  portfolios: FilterOption[];
  review: FilterOption[];
}

export interface OptionSources {
  /** The pack's kinds and categories, in the pack's order and words. */
  kinds: readonly { id: string; name: string }[];
  categories: readonly { id: string; name: string }[];
  directorates: readonly NamedItem[];
  portfolios: readonly NamedItem[];
  today: string;
}

function tally(rows: readonly RegisterRow[], valueOf: (row: RegisterRow) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = valueOf(row);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The known values first (in the pack's or list's order), then any value someone typed in
 * SharePoint that the pack does not know, so it can still be found and put right.
 */
function optionsFrom(known: readonly { value: string; label: string }[], counts: Map<string, number>): FilterOption[] {
  const options = known.map((k) => ({ ...k, count: counts.get(k.value) ?? 0 }));
  for (const [value, count] of counts) if (!known.some((k) => k.value === value)) options.push({ value, label: `${value} (not in the policy)`, count });
  return options;
}

const reviewLabels: Record<ReviewFilter, string> = { overdue: "Overdue", "due-soon": "Due within 30 days" };

export function filterOptions(rows: readonly RegisterRow[], sources: OptionSources): FilterOptions {
  const named = (items: readonly NamedItem[]) => items.map((i) => ({ value: String(i.id), label: i.title }));
  const lookupCounts = (pick: (row: RegisterRow) => NamedItem | undefined) => tally(rows, (row) => (pick(row) ? String(pick(row)?.id) : undefined));
  const reviewCounts = tally(rows, (row) => reviewStateOf(row, sources.today).state);
  return {
    kinds: optionsFrom(sources.kinds.map((k) => ({ value: k.id, label: k.name })), tally(rows, (r) => r.kind)),
    categories: optionsFrom(sources.categories.map((c) => ({ value: c.id, label: c.name })), tally(rows, (r) => r.category)),
    statuses: optionsFrom(lifecycleStates.map((s) => ({ value: s, label: stateLabels[s] })), tally(rows, (r) => r.status)),
    directorates: optionsFrom(named(sources.directorates), lookupCounts((r) => r.directorate)),
    portfolios: optionsFrom(named(sources.portfolios), lookupCounts((r) => r.portfolio)),
    review: (Object.keys(reviewLabels) as ReviewFilter[]).map((value) => ({ value, label: reviewLabels[value], count: reviewCounts.get(value) ?? 0 })),
  };
}
