import type { RegisterRow } from "../../sharepoint/register/register-row";
import type { PackGroups } from "./pack-groups";
import type { ViewId } from "./register-query";
import { reviewStateOf } from "./review-state";

/** Who is looking and when: "mine" and "due" depend on it. */
export interface ViewContext {
  /** The SharePoint user id person columns hold. */
  userId: number;
  /** ISO date. */
  today: string;
}

export interface SavedView {
  id: ViewId;
  label: string;
  /** Said under the tabs, so the officer knows exactly what the view includes. */
  description: string;
  includes: (row: RegisterRow, context: ViewContext) => boolean;
}

/**
 * The saved views, in the council's words. A view for a group the council's framework does not
 * have is left out rather than shown empty.
 */
export function savedViews(groups: PackGroups): SavedView[] {
  const views: SavedView[] = [
    { id: "all", label: "All", description: "Every arrangement on the register, including those that have ended.", includes: () => true },
    {
      id: "mine",
      label: "My arrangements",
      description: "Arrangements where you are the lead officer or the sponsoring officer.",
      includes: (row, { userId }) => row.leadOfficer?.id === userId || row.sponsoringOfficer?.id === userId,
    },
    {
      id: "due",
      label: "Due for review",
      description: "Live arrangements whose next review is overdue or falls due within 30 days.",
      includes: (row, { today }) => {
        const review = reviewStateOf(row, today).state;
        return review === "overdue" || review === "due-soon";
      },
    },
  ];
  const top = groups.topCategory;
  if (top) {
    views.push({ id: "top-category", label: top.name, description: `Arrangements in the ${top.name} category.`, includes: (row) => row.category === top.id });
  }
  const { categories, subtypes } = groups.adHoc;
  if (categories.length + subtypes.length > 0) {
    views.push({
      id: "ad-hoc",
      label: "Ad hoc",
      description: "Ad hoc arrangements, set up quickly to meet an urgent need.",
      includes: (row) => (row.category !== undefined && categories.includes(row.category)) || (row.subtype !== undefined && subtypes.includes(row.subtype)),
    });
  }
  if (groups.sharedKinds.length > 0) {
    views.push({
      id: "shared",
      label: "Shared services",
      description: "Services shared with other authorities.",
      includes: (row) => row.kind !== undefined && groups.sharedKinds.includes(row.kind),
    });
  }
  return views;
}
