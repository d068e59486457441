import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { scrollToShow } from "./row-window";

/** A cell of the grid; row -1 is the header row. */
export interface CellPosition {
  row: number;
  col: number;
}

interface GridKeyboardOptions {
  scrollerRef: RefObject<HTMLDivElement | null>;
  rowCount: number;
  colCount: number;
  rowHeight: number;
  headerHeight: number;
  /** Tell the windowing the new scroll position at once, so the row is rendered before focus moves. */
  onScrollTo: (top: number) => void;
  onOpen: (row: number) => void;
}

/** The element that takes focus in a cell: its own link or control if it has one, else the cell. */
export function focusTargetOf(scroller: HTMLElement, { row, col }: CellPosition): HTMLElement | null {
  const cell = scroller.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
  if (!cell) return null;
  return cell.querySelector<HTMLElement>("a, button, [tabindex]") ?? cell;
}

/**
 * The ARIA grid pattern (WAI-ARIA APG "Data Grid"): one tab stop for the whole grid, arrow keys
 * between cells, Home/End along a row, Ctrl+Home/End and Page Up/Down through the rows, Enter
 * opens the row's record. Works with virtualised rows: the row is scrolled into the window, then
 * focused once it has been rendered.
 */
export function useGridKeyboard(options: GridKeyboardOptions) {
  const { scrollerRef, rowCount, colCount, rowHeight, headerHeight, onScrollTo, onOpen } = options;
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const pendingFocus = useRef(false);
  const current: CellPosition = { row: Math.min(active.row, rowCount - 1), col: Math.min(active.col, colCount - 1) };

  // Runs after every render until the wanted cell exists (it may need the window to move first).
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!pendingFocus.current || !scroller) return;
    const target = focusTargetOf(scroller, current);
    if (target) {
      pendingFocus.current = false;
      target.focus({ preventScroll: current.row < 0 ? false : true });
    }
  });

  const moveTo = (next: CellPosition) => {
    const row = Math.max(-1, Math.min(rowCount - 1, next.row));
    const col = Math.max(0, Math.min(colCount - 1, next.col));
    const scroller = scrollerRef.current;
    if (scroller && row >= 0) {
      const top = scrollToShow(row, scroller.scrollTop, scroller.clientHeight, rowHeight, headerHeight);
      if (top !== undefined) {
        scroller.scrollTop = top;
        onScrollTo(top);
      }
    }
    pendingFocus.current = true;
    setActive({ row, col });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const page = Math.max(1, Math.floor(((scrollerRef.current?.clientHeight ?? rowHeight * 10) - headerHeight) / rowHeight) - 1);
    const { row, col } = current;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo({ row: row + 1, col }),
      ArrowUp: () => moveTo({ row: row - 1, col }),
      ArrowRight: () => moveTo({ row, col: col + 1 }),
      ArrowLeft: () => moveTo({ row, col: col - 1 }),
      Home: () => moveTo(event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }),
      End: () => moveTo(event.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 }),
      PageDown: () => moveTo({ row: Math.max(0, row) + page, col }),
      PageUp: () => moveTo({ row: Math.max(0, row - page), col }),
    };
    const handle = keys[event.key];
    if (handle) {
      event.preventDefault();
      handle();
      return;
    }
    // A link opens itself on Enter; any other cell of a row opens the row's record.
    if (event.key === "Enter" && row >= 0 && !(event.target instanceof HTMLAnchorElement) && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      onOpen(row);
    }
  };

  /** Focus arriving by Tab or by mouse makes that cell the grid's tab stop. */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    const [row, col] = (cell?.dataset.cell ?? "").split(":").map(Number);
    if (row !== undefined && col !== undefined && Number.isInteger(row) && Number.isInteger(col) && (row !== current.row || col !== current.col)) {
      setActive({ row, col });
    }
  };

  const tabIndexOf = (row: number, col: number) => (row === current.row && col === current.col ? 0 : -1);
  return { active: current, onKeyDown, onFocus, tabIndexOf };
}
