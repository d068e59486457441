import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { cellText } from "../../register-files/cell-text";
import type { RegisterColumn } from "../../register-files/register-columns";
import type { RegisterTable } from "../../register-files/register-table";

/** A spreadsheet column's width in characters, as room on screen: long text wraps, short values do not. */
const widthOf = (column: RegisterColumn): number => Math.min(Math.max(column.width, 12), 44) * 7;

const useStyles = makeStyles({
  surface: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    overflow: "auto",
    maxHeight: "70vh",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { tableLayout: "fixed" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom" },
  name: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}` },
  nameHead: { backgroundColor: tokens.colorNeutralBackground3, zIndex: 2 },
  cell: { verticalAlign: "top", paddingTop: "8px", paddingBottom: "8px" },
  money: { textAlign: "right", whiteSpace: "nowrap" },
  none: { color: tokens.colorNeutralForeground3 },
});

/**
 * The register exactly as the files will hold it: the same columns, the same rows. It is wide, so
 * it scrolls inside its own focusable region (keyboard users can scroll it too), with the names
 * kept in view.
 */
export function RegisterPreview({ table, label }: { table: RegisterTable; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.surface} role="region" aria-label={`${label} (scrolls sideways)`} tabIndex={0}>
      <Table aria-label={label} size="small" className={styles.table} style={{ width: `${table.columns.reduce((sum, c) => sum + widthOf(c), 0)}px` }}>
        <TableHeader>
          <TableRow>
            {table.columns.map((c, i) => (
              <TableHeaderCell key={c.id} scope="col" className={mergeClasses(styles.head, i === 0 && styles.name, i === 0 && styles.nameHead)} style={{ width: `${widthOf(c)}px` }}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, r) => (
            <TableRow key={r}>
              {table.columns.map((c, i) => {
                const text = cellText(c, row[i]);
                const className = mergeClasses(styles.cell, i === 0 && styles.name, c.type === "money" && styles.money);
                return (
                  <TableCell key={c.id} className={className}>
                    {text || <span className={styles.none}>—</span>}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
