import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { RegisterRow } from "../../sharepoint/register/register-row";
import { navigate } from "../lib/router/history-location";
import { useCellStyles } from "./register-cells";
import { registerColumns, type CellContext } from "./register-columns";
import type { SortKey } from "./register-query";
import { rowWindow } from "./row-window";
import { SortHeader } from "./sort-header";
import { useGridKeyboard } from "./use-grid-keyboard";

/** Every row is exactly this tall (two lines at most), which is what lets the grid window them. */
export const rowHeight = 56;
const headerHeight = 44;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 340px)",
    minHeight: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  table: { tableLayout: "fixed", width: "100%", minWidth: "1080px", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  header: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, boxShadow: `inset 0 -1px 0 ${tokens.colorNeutralStroke1}` },
  row: { height: `${rowHeight}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover } },
  cell: { overflow: "hidden", padding: "0 8px", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" } },
  end: { textAlign: "end", justifyContent: "flex-end" },
});

export interface RegisterGridProps {
  rows: readonly RegisterRow[];
  label: string;
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  today: string;
  labels: CellContext["labels"];
}

/**
 * The register as an ARIA grid: sortable headers with aria-sort, one tab stop, arrow keys between
 * cells, Enter opens a record. Only the rows near the scroll position are in the page, so 5,000
 * arrangements scroll as smoothly as 40; aria-rowcount/aria-rowindex tell screen readers where
 * they are in the whole list.
 */
export function RegisterGrid({ rows, label, sort, descending, onSort, today, labels }: RegisterGridProps) {
  const styles = useStyles();
  const cellStyles = useCellStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => setViewport(scroller.clientHeight));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  const slice = rowWindow(rows.length, scrollTop, viewport, rowHeight);
  const keyboard = useGridKeyboard({
    scrollerRef,
    rowCount: rows.length,
    colCount: registerColumns.length,
    rowHeight,
    headerHeight,
    onScrollTo: setScrollTop,
    onOpen: (index) => {
      const row = rows[index];
      if (row) navigate(`/partnerships/${row.id}`);
    },
  });
  // The grid's one tab stop: the active cell when it is rendered, else the header (after a mouse scroll).
  const stop = keyboard.active.row >= slice.start && keyboard.active.row < slice.end ? keyboard.active : { row: -1, col: keyboard.active.col };
  const tabIndexOf = (row: number, col: number) => (row === stop.row && col === stop.col ? 0 : -1);

  return (
    <div ref={scrollerRef} className={styles.scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table role="grid" aria-label={label} aria-rowcount={rows.length + 1} className={styles.table} onKeyDown={keyboard.onKeyDown} onFocus={keyboard.onFocus}>
        <thead className={styles.header}>
          <tr aria-rowindex={1} style={{ height: headerHeight }}>
            {registerColumns.map((column, col) => (
              <SortHeader
                key={column.id}
                cell={`-1:${col}`}
                width={column.width}
                sortable={column.sort !== undefined}
                direction={column.sort === sort ? (descending ? "descending" : "ascending") : undefined}
                align={column.align}
                tabIndex={tabIndexOf(-1, col)}
                onSort={() => column.sort && onSort(column.sort)}
              >
                {column.header}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {slice.padTop > 0 && <tr aria-hidden="true" style={{ height: slice.padTop }} />}
          {rows.slice(slice.start, slice.end).map((row, offset) => {
            const index = slice.start + offset;
            return (
              <tr key={row.id} aria-rowindex={index + 2} className={styles.row} data-row-id={row.id}>
                {registerColumns.map((column, col) => {
                  const ownControl = column.hasControl?.(row) ?? false;
                  const tabIndex = tabIndexOf(index, col);
                  return (
                    <td
                      key={column.id}
                      role="gridcell"
                      data-cell={`${index}:${col}`}
                      tabIndex={ownControl ? undefined : tabIndex}
                      className={mergeClasses(styles.cell, column.align === "end" && styles.end)}
                    >
                      {column.render({ row, today, tabIndex, styles: cellStyles, labels })}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {slice.padBottom > 0 && <tr aria-hidden="true" style={{ height: slice.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
