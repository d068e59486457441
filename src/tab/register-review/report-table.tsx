import { makeStyles, tokens } from "@fluentui/react-components";
import { cellText } from "../../register-files/cell-text";
import type { RegisterTable } from "../../register-files/register-table";

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", padding: "8px", fontWeight: tokens.fontWeightSemibold },
  head: { textAlign: "start", verticalAlign: "bottom", padding: "6px 8px", backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  cell: { verticalAlign: "top", padding: "6px 8px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHeader: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  money: { textAlign: "right", whiteSpace: "nowrap" },
});

/**
 * The report as a plain table that prints whole (no sticky headers or inner scrolling on paper):
 * a caption, column headers and the arrangement's name as each row's header.
 */
export function ReportTable({ table, caption }: { table: RegisterTable; caption: string }) {
  const styles = useStyles();
  return (
    <div className={`${styles.region} report-print-region`} role="region" aria-label={`${caption} (scrolls sideways)`} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.id} scope="col" className={styles.head}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td className={styles.cell} colSpan={table.columns.length}>
                No arrangement was active, under review or being exited at the end of this period.
              </td>
            </tr>
          )}
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((c, i) => {
                const text = cellText(c, row[i]) || "—";
                return i === 0 ? (
                  <th key={c.id} scope="row" className={`${styles.cell} ${styles.rowHeader}`}>
                    {text}
                  </th>
                ) : (
                  <td key={c.id} className={`${styles.cell} ${c.type === "money" ? styles.money : ""}`}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
