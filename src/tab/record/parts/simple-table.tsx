import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** The column that names the row: rendered as a row header for screen readers. */
  rowHeader?: boolean;
}

const useStyles = makeStyles({
  header: { fontWeight: tokens.fontWeightSemibold },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, textAlign: "start", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  cell: { verticalAlign: "top", paddingTop: "8px", paddingBottom: "8px" },
});

/** A read-only table with a name, column headers and a row header, so each cell is announced in context. */
export function SimpleTable<R>({ label, columns, rows, rowKey }: { label: string; columns: Column<R>[]; rows: readonly R[]; rowKey: (row: R) => string | number }) {
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} scope="col" className={styles.header}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.header} scope="row" className={`${styles.cell} ${styles.rowHeader}`}>
                  {c.cell(row)}
                </th>
              ) : (
                <TableCell key={c.header} className={styles.cell}>
                  {c.cell(row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
