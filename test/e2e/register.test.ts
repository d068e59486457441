import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSp } from "../../src/sharepoint/create-sp";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
let page: Page;
let flaggedName = "";

beforeAll(async () => {
  stack = await startStack();
  // What a Change Manager can do in SharePoint: type partners as JSON and leave a bracket open.
  const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: "laura.pennington@northbrook.example" } });
  const id = stack.arrangements.get("county-waste-partnership") ?? 0;
  const item = sp.web.lists.getByTitle("Partnerships").items.getById(id);
  flaggedName = ((await item.select("Title")()) as { Title: string }).Title;
  await item.update({ Partners: '[{"name": "Kent County Council"' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => console.error("[browser]", error));
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const count = async () => Number(/Showing ([\d,]+) of/.exec(await page.getByRole("status").filter({ hasText: "Showing" }).innerText())?.[1]?.replace(",", ""));
const grid = () => page.getByRole("grid", { name: "Register of partnerships" });

/** The toolbar's button (an empty result offers a second one). */
const clearFilters = () => page.getByRole("search").getByRole("button", { name: "Clear filters" }).click();

async function chooseFilter(label: string, option: RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  // A multi-select's options are checkable menu items (Fluent's Dropdown multiselect).
  await page.getByRole("menuitemcheckbox", { name: option }).first().click();
  await page.keyboard.press("Escape");
}

describe("the register", () => {
  it("greets a newcomer with the demo council's arrangements", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => grid().getByRole("row").count(), { timeout: 30_000 }).toBe(43);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Register of partnerships");
    expect(await count()).toBe(42);
    expect(await grid().getByRole("columnheader", { name: "Name" }).getAttribute("aria-sort")).toBe("ascending");
    expect(await grid().getByRole("row", { name: /Wessex County Waste Partnership/ }).innerText()).toMatch(/Partnership\s+Significant\s+Active/);
    await screenshot(page, "register-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("narrows with the search and each filter, and says how many it shows", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => grid().getByRole("row").count(), { timeout: 30_000 }).toBe(43);
    await page.getByRole("searchbox").fill("waste");
    await expect.poll(count).toBeLessThan(42);
    expect(page.url()).toContain("q=waste");
    for (const name of await grid().getByRole("link").allInnerTexts()) expect(name.length).toBeGreaterThan(0);
    await clearFilters();
    await expect.poll(count).toBe(42);
    // Any option that some arrangement has: its count is not zero.
    const some = /\([1-9]\d*\)$/;
    const filters: [string, RegExp, string][] = [
      ["Kind", /^Shared service/, "kind=shared-service"],
      ["Category", /^Significant/, "category=significant"],
      ["Status", /^Active/, "status=active"],
      ["Directorate", some, "directorate="],
      ["Portfolio", some, "portfolio="],
      ["Review", some, "review="],
    ];
    for (const [label, option, param] of filters) {
      await chooseFilter(label, option);
      await expect.poll(count, { message: label }).toBeLessThan(42);
      expect(await count()).toBeGreaterThan(0);
      expect(page.url()).toContain(param);
      await clearFilters();
      await expect.poll(count).toBe(42);
    }
    await chooseFilter("Kind", /^Shared service/);
    await screenshot(page, "register-filtered");
    await clearFilters();
  });

  it("opens a saved view, and keeps it after a reload", async () => {
    const due = page.getByRole("button", { name: /^Due for review/ });
    const expected = Number(/\((\d+)\)/.exec(await due.innerText())?.[1]);
    await due.click();
    await expect.poll(count).toBe(expected);
    expect(page.url()).toContain("view=due");
    await page.reload();
    await expect.poll(() => page.getByRole("button", { name: /^Due for review/ }).getAttribute("aria-pressed"), { timeout: 30_000 }).toBe("true");
    await expect.poll(count, { timeout: 30_000 }).toBe(expected);
    await page.getByRole("button", { name: /^All/ }).click();
  });

  it("flags a row whose data could not be read, and says what is wrong", async () => {
    await page.getByRole("switch", { name: "Only rows with data problems" }).click();
    await expect.poll(count).toBe(1);
    const row = grid().getByRole("row", { name: new RegExp(flaggedName) });
    const badge = row.getByRole("img", { name: /Needs checking: 1 problem/ });
    const description = await badge.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "");
    expect(description).toMatch(/Partners.*not valid JSON/);
    await badge.focus();
    await expect.poll(() => page.getByRole("tooltip").innerText()).toMatch(/not valid JSON/);
    await screenshot(page, "register-data-problem");
    await page.getByRole("switch", { name: "Only rows with data problems" }).click();
  });

  it("goes from the register to a record by keyboard alone", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => grid().getByRole("row").count(), { timeout: 30_000 }).toBe(43);
    let inGrid = false;
    for (let i = 0; i < 40 && !inGrid; i++) {
      await page.keyboard.press("Tab");
      inGrid = await page.evaluate(() => document.activeElement?.closest("[role=grid] tbody") !== null);
    }
    expect(inGrid).toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    const name = await page.evaluate(() => document.activeElement?.closest("tr")?.querySelector("a")?.textContent ?? "");
    await screenshot(page, "register-keyboard");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/partnerships\/\d+$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 30_000 }).toBe(name);
  });

  it("stays accessible in the dark theme", async () => {
    await page.goto(`${stack.origin}/`);
    await expect.poll(() => grid().getByRole("row").count(), { timeout: 30_000 }).toBe(43);
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    // Fluent's buttons fade to their new colours; let them finish before the picture and axe.
    await page.waitForTimeout(500);
    await screenshot(page, "register-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Follow system" }).click();
  });
});
