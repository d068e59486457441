import type { ReactNode } from "react";
import type { RegisterRow } from "../../sharepoint/register/register-row";
import { StatusBadge } from "../ui/status-badge";
import { MoneyCell, NameCell, ReviewCell, TwoLines, type useCellStyles } from "./register-cells";
import { ProblemsBadge } from "./problems-badge";
import type { SortKey } from "./register-query";

export interface CellContext {
  row: RegisterRow;
  today: string;
  /** 0 for the grid's one tab stop, else -1 (arrow keys move between cells). */
  tabIndex: number;
  styles: ReturnType<typeof useCellStyles>;
  labels: {
    kind: (id: string | undefined) => string;
    subtype: (kind: string | undefined, id: string | undefined) => string;
    category: (id: string | undefined) => string;
  };
}

export interface RegisterColumn {
  id: string;
  header: string;
  /** Share of the grid's width: fixed, so columns do not jump as rows scroll in and out. */
  width: string;
  sort?: SortKey;
  align?: "end";
  /** The cell holds its own focusable control (a link, a badge) for this row; otherwise the cell takes focus. */
  hasControl?: (row: RegisterRow) => boolean;
  render: (context: CellContext) => ReactNode;
}

/** A partnership's category, or a shared service's sub-type: what tells its route and reviews apart. */
function kindDetail({ row, labels }: CellContext): { minor?: string } {
  if (row.subtype) return { minor: labels.subtype(row.kind, row.subtype) };
  if (row.category) return { minor: labels.category(row.category) };
  return {};
}

export const registerColumns: readonly RegisterColumn[] = [
  { id: "name", header: "Name", width: "22%", sort: "name", hasControl: () => true, render: ({ row, tabIndex, styles }) => <NameCell row={row} tabIndex={tabIndex} styles={styles} /> },
  {
    id: "kind",
    header: "Kind and category",
    width: "15%",
    sort: "kind",
    render: (context) => <TwoLines main={context.labels.kind(context.row.kind)} {...kindDetail(context)} styles={context.styles} />,
  },
  {
    id: "status",
    header: "Status and governance",
    width: "13%",
    sort: "status",
    render: ({ row, styles }) => (
      <span className={styles.twoLines}>
        <StatusBadge status={row.status} className={styles.status} />
        {/* The column says "governance"; the level alone fits its width. */}
        {row.governanceRating && <span className={styles.minor} title="Governance rating">{row.governanceRating[0]!.toUpperCase() + row.governanceRating.slice(1)}</span>}
      </span>
    ),
  },
  {
    id: "directorate",
    header: "Directorate",
    width: "13%",
    sort: "directorate",
    render: ({ row, styles }) => <TwoLines main={row.directorate?.title ?? ""} minor={row.portfolio?.title} styles={styles} />,
  },
  { id: "lead", header: "Lead officer", width: "11%", sort: "lead", render: ({ row, styles }) => <TwoLines main={row.leadOfficer?.title ?? ""} styles={styles} /> },
  { id: "review", header: "Next review", width: "11%", sort: "review", render: ({ row, today, styles }) => <ReviewCell row={row} today={today} styles={styles} /> },
  {
    id: "contribution",
    header: "Council £ a year",
    width: "8%",
    sort: "contribution",
    align: "end",
    render: ({ row, styles }) => <MoneyCell amount={row.councilContribution} styles={styles} />,
  },
  {
    id: "checks",
    header: "Problems",
    width: "7%",
    hasControl: (row) => row.problems.length > 0,
    render: ({ row, tabIndex }) => <ProblemsBadge problems={row.problems} tabIndex={tabIndex} />,
  },
];
