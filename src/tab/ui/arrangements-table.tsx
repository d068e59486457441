import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import type { LifecycleState } from "../../domain/lifecycle/states";
import { Link } from "../lib/router/link";
import { wordsForId } from "./format-id";
import { StatusBadge } from "./status-badge";

export interface ArrangementRow {
  id: number;
  name?: string;
  kind?: string;
  category?: string;
  status?: LifecycleState;
  /** What is wrong with the row as typed in SharePoint; the row is still shown (DESIGN.md "Data"). */
  problems: string[];
}

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, overflowX: "auto" },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "none",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  problem: { display: "flex", gap: "4px", alignItems: "flex-start", marginTop: "2px", color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  nameCell: { width: "46%", minWidth: "260px" },
});

/** Arrangements as a table: the name links to the record; a badly typed row says what to fix. */
export function ArrangementsTable({ rows, label }: { rows: readonly ArrangementRow[]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.surface}>
      <Table aria-label={label} size="medium">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={styles.nameCell}>Name</TableHeaderCell>
            <TableHeaderCell scope="col">Kind</TableHeaderCell>
            <TableHeaderCell scope="col">Category</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className={styles.nameCell}>
                <Link to={`/partnerships/${row.id}`} className={styles.name}>
                  {row.name ?? `Arrangement ${row.id} (no name)`}
                </Link>
                {row.problems.length > 0 && (
                  <div className={styles.problem}>
                    <Warning16Filled aria-hidden="true" />
                    <span>Needs checking: {row.problems.join("; ")}</span>
                  </div>
                )}
              </TableCell>
              <TableCell>{wordsForId(row.kind)}</TableCell>
              <TableCell>{row.category ? wordsForId(row.category) : <span className={styles.muted}>Not yet set</span>}</TableCell>
              <TableCell>
                <StatusBadge status={row.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
