import { resolve } from "node:path";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../src/demo-council/index";
import { parseCsv } from "../../src/register-files/parse-csv";
import { parseXlsx } from "../../src/register-files/parse-xlsx";
import { startStack, type RunningStack } from "../support/start-stack";
import { launchChromium, screenshot } from "./support/browser";

let stack: RunningStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on("pageerror", (error) => console.error("[browser]", error));
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

// The stack seeds the demo as of today; which arrangements are ad hoc or confidential does not depend on the day.
const demo = buildDemoCouncil(new Date().toISOString().slice(0, 10));
const adHoc = demo.arrangements.filter((a) => a.record.category === "ad-hoc" || a.record.subtype === "ad-hoc-resilience").map((a) => a.record.name);
const confidential = demo.arrangements.filter((a) => a.record.confidential === true).map((a) => a.record.name);
const secretNotes = demo.arrangements.flatMap((a) => (a.record.confidentialNotes ? [a.record.confidentialNotes.slice(0, 40)] : []));

async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function expectNothingHidden(names: readonly string[], headers: readonly string[], text: string): void {
  expect(names.length).toBeGreaterThan(20);
  for (const name of [...adHoc, ...confidential]) expect(names).not.toContain(name);
  expect(headers).not.toContain("Confidential notes");
  expect(headers).not.toContain("Confidential (not published)");
  for (const note of secretNotes) expect(text).not.toContain(note);
}

/**
 * axe-core on the whole page, serious and critical only. Tabster's focus sentinels
 * (`i[data-tabster-dummy]`, which Fluent adds at the body's edges for its popups) are left out:
 * they are aria-hidden and focusable by design, and belong to the shell, not this screen.
 */
async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ path: resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js") });
  const violations = await target.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<Result> } }).axe;
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(", ")})`);
}

describe("the published register in the tab", () => {
  it("shows the register the website gets, saying what it leaves out and why", async () => {
    await page.goto(`${stack.origin}/published`);
    await expect.poll(() => page.getByRole("heading", { name: /^Published register: \d+ arrangements$/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.title()).toBe("Published register – Partnership Register");
    const main = await page.getByRole("main").innerText();
    expect(main).toMatch(/\d+ arrangements: the published register does not include ad hoc arrangements \(framework 5\.9c\)/);
    expect(main).toMatch(/1 arrangement: it is marked confidential on the register/);
    for (const name of adHoc) expect(main).not.toContain(name);
    expect(await page.getByRole("navigation", { name: "Partnership Register" }).getByRole("link", { name: "Published register" }).getAttribute("aria-current")).toBe("page");
    await screenshot(page, "publication-light");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("downloads a CSV that parses, without ad hoc arrangements or confidential fields", async () => {
    const file = await download("Download CSV");
    expect(file.name).toMatch(/^published-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = file.bytes.toString("utf8");
    const table = parseCsv(text);
    expectNothingHidden(table.rows.map((r) => r.cells[0] ?? ""), table.headers, text);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Downloaded" }).innerText()).toMatch(/Downloaded published-register-.*\.csv: \d+ arrangements\./);
    await expect.poll(() => page.getByRole("button", { name: "Download CSV" }).isEnabled()).toBe(true);
    await page.waitForTimeout(400); // Fluent fades a button back in; let it finish before the picture.
    await screenshot(page, "publication-downloaded");
  });

  it("downloads an Excel workbook that parses, the same way", async () => {
    const file = await download("Download Excel (.xlsx)");
    const table = await parseXlsx(file.bytes);
    expectNothingHidden(table.rows.map((r) => r.cells[0] ?? ""), table.headers, JSON.stringify(table.rows));
  });

  it("downloads a standalone web page that is accessible on its own", async () => {
    const file = await download("Download web page (.html)");
    const html = file.bytes.toString("utf8");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("Northbrook Borough Council");
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await other.setContent(html);
    const names = await other.locator("tbody th[scope=row]").allInnerTexts();
    const headers = await other.locator("thead th").allInnerTexts();
    expectNothingHidden(names, headers, html);
    await screenshot(other, "publication-html-page");
    await other.emulateMedia({ colorScheme: "dark" });
    await screenshot(other, "publication-html-page-dark");
    await other.close();
    const axePage = await browser.newPage();
    await axePage.setContent(html);
    expect(await axeViolations(axePage)).toEqual([]);
    await axePage.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(axePage)).toEqual([]);
    await axePage.close();
  });

  it("offers the internal register with a warning, and it does include confidential arrangements", async () => {
    await page.getByRole("radio", { name: /Internal register/ }).check();
    await expect.poll(() => page.getByRole("heading", { name: /^Internal register: \d+ arrangements$/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("main").innerText()).toContain("Do not publish it or send it outside the council.");
    const file = await download("Download CSV");
    expect(file.name).toMatch(/^internal-register-/);
    const table = parseCsv(file.bytes.toString("utf8"));
    expect(table.headers).toContain("Confidential notes");
    for (const name of confidential) expect(table.rows.map((r) => r.cells[0])).toContain(name);
    await expect.poll(() => page.getByRole("button", { name: "Download CSV" }).isEnabled()).toBe(true);
    await page.waitForTimeout(400); // Fluent fades a button back in; let it finish before the picture.
    await screenshot(page, "publication-internal");
    await page.getByRole("radio", { name: /Published register/ }).check();
  });

  it("stays accessible in the dark theme", async () => {
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expect.poll(() => page.getByRole("heading", { name: /^Published register: \d+ arrangements$/ }).count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, "publication-dark");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Follow system" }).click();
  });
});
