import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";
import { createListFromDefinition, seedItems } from "../../../src/local/seed";
import { call, startTestSite, type TestSite } from "./helpers";

/**
 * The layouts pages in a real browser: no serious or critical axe-core violations, and an edit
 * made with the keyboard alone. Screenshots go to test-results/screenshots/ for a person to look at.
 */
const shots = "test-results/screenshots";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let site: TestSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await startTestSite();
  const store = site.local.handler.store;
  for (const title of ["Portfolios", "Directorates", "Partnerships"]) createListFromDefinition(store, getListDefinition(title));
  seedItems(store, "Portfolios", [{ Title: "Adult social care", Active: true }, { Title: "Housing", Active: true }]);
  seedItems(store, "Directorates", [{ Title: "People", Active: true }, { Title: "Place", Active: true }]);
  seedItems(
    store,
    "Partnerships",
    Array.from({ length: 12 }, (_, i) => ({
      Title: ["Kent Care Partnership", "Joint Waste Service", "Community Safety Group"][i % 3] + ` ${i + 1}`,
      Kind: ["partnership", "shared-service", "working-group"][i % 3],
      Status: ["active", "proposed", "under-review"][i % 3],
      Score: 40 + i * 5,
      PortfolioId: (i % 2) + 1,
      DirectorateId: (i % 2) + 1,
      LeadOfficerId: 7 + (i % 3),
      Partners: '[{"name": "Kent and Medway NHS ICB", "sector": "health"}, {"name": "Kent Police", "sector": "police"}]',
      TotalBudget: 125000 + i * 1000,
      StartDate: "2024-03-31T23:00:00Z",
      Statutory: i % 2 === 0,
      GovernanceDocumentUrl: { Url: "https://council.example/governance.pdf", Description: "Governance (PDF)" },
    })),
  );
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  // The pages forbid all script by CSP; the test lifts that only to inject axe-core.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-GB", bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate("axe.run()")) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** Tabs until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(predicate: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(() => { const el = document.activeElement; return !!el && (${predicate}); })()`)) return;
  }
  throw new Error(`never reached ${predicate} by Tab`);
}

describe("layouts in Chromium", () => {
  it("the index, grid and editor have no serious or critical accessibility violations", async () => {
    await page.goto(`${site.local.url}/_layouts/lists`);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: `${shots}/layouts-index.png` });
    await page.goto(`${site.local.url}/_layouts/lists/Partnerships?sort=Score&dir=desc`);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: `${shots}/layouts-grid.png` });
    await page.goto(`${site.local.url}/_layouts/lists/Partnerships/1`);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: `${shots}/layouts-editor.png` });
    await page.screenshot({ path: `${shots}/layouts-editor-full.png`, fullPage: true });
  });

  it("shows SharePoint's refusal beside the field, focused and accessible", async () => {
    await page.goto(`${site.local.url}/_layouts/lists/Partnerships/2`);
    await page.fill("#field-Score", "ten");
    await page.click("button[type=submit]");
    await page.waitForSelector(".problem");
    expect(await page.evaluate("document.activeElement?.className")).toBe("problem");
    expect(await page.inputValue("#field-Score")).toBe("ten");
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: `${shots}/layouts-error.png` });
  });

  it("completes an edit with the keyboard alone", async () => {
    await page.goto(`${site.local.url}/_layouts/lists/Partnerships`);
    await tabTo(`el.textContent === "Joint Waste Service 5"`);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/Partnerships\/5$/);
    await tabTo(`el.id === "field-Score"`);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("88");
    await tabTo(`el.id === "field-Statutory"`);
    await page.keyboard.press("Space"); // item 5 was seeded statutory: this unticks it
    await tabTo(`el.tagName === "BUTTON" && el.textContent === "Save"`);
    await page.screenshot({ path: `${shots}/layouts-keyboard-focus.png` });
    await page.keyboard.press("Enter");
    await page.waitForURL(/saved=5/);
    expect(await page.textContent(".status")).toContain("Item 5 was saved.");
    await page.screenshot({ path: `${shots}/layouts-saved.png` });
    const item = (await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items(5)`)).body as Record<string, unknown>;
    expect(item).toMatchObject({ Score: 88, Statutory: false, Title: "Joint Waste Service 5" });
  });
});
