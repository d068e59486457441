import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  th: { textAlign: "start", padding: "0 8px", fontWeight: tokens.fontWeightSemibold, verticalAlign: "middle" },
  button: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    width: "100%",
    minHeight: "44px",
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "inherit",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  end: { textAlign: "end", justifyContent: "flex-end" },
  plain: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" } },
});

/**
 * A column header. A sortable one is a button (Enter or Space sorts) and carries aria-sort, so a
 * screen reader says which way the register is sorted. Plain elements rather than Fluent's table
 * components keep the register's first load inside its JavaScript budget.
 */
export function SortHeader(props: {
  cell: string;
  width: string;
  sortable: boolean;
  direction?: "ascending" | "descending";
  align?: "end";
  tabIndex: number;
  onSort: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const Arrow = props.direction === "descending" ? ArrowDownRegular : ArrowUpRegular;
  return (
    <th
      scope="col"
      role="columnheader"
      data-cell={props.cell}
      style={{ width: props.width }}
      aria-sort={props.sortable ? (props.direction ?? "none") : undefined}
      tabIndex={props.sortable ? undefined : props.tabIndex}
      className={mergeClasses(styles.th, props.align === "end" && styles.end, !props.sortable && styles.plain)}
    >
      {props.sortable ? (
        <button type="button" tabIndex={props.tabIndex} className={mergeClasses(styles.button, props.align === "end" && styles.end)} onClick={props.onSort}>
          {props.children}
          {props.direction && <Arrow aria-hidden="true" />}
        </button>
      ) : (
        props.children
      )}
    </th>
  );
}
