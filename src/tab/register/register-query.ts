/**
 * What the officer has asked the register to show, kept in the address's query string so a view
 * can be bookmarked, shared in a Teams chat and survives a reload.
 */
export const viewIds = ["all", "mine", "due", "top-category", "ad-hoc", "shared"] as const;
export type ViewId = (typeof viewIds)[number];

export const reviewFilters = ["overdue", "due-soon"] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

export const sortKeys = ["name", "kind", "category", "status", "directorate", "lead", "review", "contribution"] as const;
export type SortKey = (typeof sortKeys)[number];

export interface RegisterQuery {
  view: ViewId;
  text: string;
  kinds: string[];
  categories: string[];
  statuses: string[];
  /** Directorate and portfolio item ids, as text (as they travel in the address). */
  directorates: string[];
  portfolios: string[];
  review: ReviewFilter[];
  /** Only rows with data problems. */
  problems: boolean;
  sort: SortKey;
  descending: boolean;
}

export const defaultQuery: RegisterQuery = {
  view: "all",
  text: "",
  kinds: [],
  categories: [],
  statuses: [],
  directorates: [],
  portfolios: [],
  review: [],
  problems: false,
  sort: "name",
  descending: false,
};

const listParams = { kinds: "kind", categories: "category", statuses: "status", directorates: "directorate", portfolios: "portfolio" } as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads the query string; anything unknown or mistyped in a shared link falls back to the default. */
export function parseRegisterQuery(search: string): RegisterQuery {
  const params = new URLSearchParams(search);
  const list = (name: string) => [...new Set(params.getAll(name).filter((v) => v.trim() !== ""))];
  return {
    view: oneOf(viewIds, params.get("view"), "all"),
    text: params.get("q") ?? "",
    kinds: list(listParams.kinds),
    categories: list(listParams.categories),
    statuses: list(listParams.statuses),
    directorates: list(listParams.directorates),
    portfolios: list(listParams.portfolios),
    review: list("review").filter((r): r is ReviewFilter => (reviewFilters as readonly string[]).includes(r)),
    problems: params.get("problems") === "1",
    sort: oneOf(sortKeys, params.get("sort"), "name"),
    descending: params.get("dir") === "desc",
  };
}

/** The query string for a query, leaving out everything at its default so links stay short. */
export function registerQueryString(query: RegisterQuery): string {
  const params = new URLSearchParams();
  if (query.view !== "all") params.set("view", query.view);
  if (query.text.trim() !== "") params.set("q", query.text);
  for (const [key, name] of Object.entries(listParams) as [keyof typeof listParams, string][]) {
    for (const value of query[key]) params.append(name, value);
  }
  for (const value of query.review) params.append("review", value);
  if (query.problems) params.set("problems", "1");
  if (query.sort !== "name") params.set("sort", query.sort);
  if (query.descending) params.set("dir", "desc");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** True when any filter or search narrows the register (the saved view aside). */
export function isFiltered(query: RegisterQuery): boolean {
  return (
    query.text.trim() !== "" ||
    query.kinds.length + query.categories.length + query.statuses.length + query.directorates.length + query.portfolios.length + query.review.length > 0 ||
    query.problems
  );
}
