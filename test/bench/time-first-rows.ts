import type { Browser } from "playwright-core";

export interface RegisterTiming {
  /** Navigation start → first data row in the page, ms. */
  firstRowMs: number;
  /** Navigation start → every row read ("Showing 5,000 of 5,000"), ms. */
  allRowsMs: number;
  /** SharePoint requests made while the register loaded, by what they were for. */
  requests: Record<string, number>;
}

/** What a SharePoint request was for, from its address. */
function classify(url: string, method: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname + new URL(url).search).toLowerCase();
  if (!path.includes("/_api/")) return undefined;
  if (path.includes("/_api/$batch")) return "register $batch";
  if (path.includes("/_api/contextinfo")) return "form digest (local mode only)";
  if (path.includes("currentuser")) return "current user (shell)";
  if (path.includes("getbytitle('policies')")) return "policy pack (shell)";
  if (path.includes("getbytitle('partnerships')/items")) return "later register pages";
  return `other ${method} ${path.slice(0, 60)}`;
}

/**
 * Opens the register in a fresh page of `browser`'s context and times it: a MutationObserver
 * installed before any script records when the first data row is added to the document.
 */
export async function timeFirstRows(browser: Browser, origin: string, expectedRows: number): Promise<RegisterTiming> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    new MutationObserver((_, observer) => {
      if (document.querySelector("[data-row-id]")) {
        marks.firstRow = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const requests: Record<string, number> = {};
  page.on("request", (request) => {
    const kind = classify(request.url(), request.method());
    if (kind) requests[kind] = (requests[kind] ?? 0) + 1;
  });
  await page.goto(`${origin}/`);
  const shownAll = `Showing ${expectedRows.toLocaleString("en-GB")} of ${expectedRows.toLocaleString("en-GB")} arrangements`;
  // Polled every animation frame: good to ~16 ms, which is plenty for "all rows read".
  const done = await page.waitForFunction(
    (text) => (document.body.textContent?.includes(text) && !document.body.textContent.includes("Loading the rest") ? performance.now() : false),
    shownAll,
    { timeout: 60_000 },
  );
  const allRowsMs = (await done.jsonValue()) as number;
  const firstRowMs = await page.evaluate(() => (window as unknown as { __bench: { firstRow: number } }).__bench.firstRow);
  await page.close();
  return { firstRowMs, allRowsMs, requests };
}
