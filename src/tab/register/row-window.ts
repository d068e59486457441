/**
 * Which rows to render for a scroll position (virtualisation): only those in the viewport plus
 * a margin either side, so 5,000 rows cost no more to draw than 40. Pure, so it is tested alone.
 */
export interface RowWindow {
  /** First row rendered (index into the sorted, filtered rows). */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Empty space standing in for the rows above and below the window, in pixels. */
  padTop: number;
  padBottom: number;
}

/** Below this many rows everything is rendered: cheap, and the browser's find-in-page still sees every row. */
export const renderAllBelow = 200;

export function rowWindow(total: number, scrollTop: number, viewportHeight: number, rowHeight: number, overscan = 10): RowWindow {
  if (total <= renderAllBelow) return { start: 0, end: total, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, total - 1) - overscan);
  const end = Math.min(total, first + visible + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (total - end) * rowHeight };
}

/** The scroll position that brings row `index` fully into view, or undefined when it already is. */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, headerHeight: number): number | undefined {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const visibleTop = scrollTop;
  const visibleBottom = scrollTop + viewportHeight - headerHeight;
  if (top < visibleTop) return top;
  if (bottom > visibleBottom) return bottom - (viewportHeight - headerHeight);
  return undefined;
}
