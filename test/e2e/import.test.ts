import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople } from "../../src/demo-council/index";
import { createSp } from "../../src/sharepoint/create-sp";
import { repositoryFor } from "../../src/sharepoint/repositories";
import { startStack, type RunningStack } from "../support/start-stack";
import { launchChromium, screenshot } from "./support/browser";

let stack: RunningStack;
let browser: Browser;
let page: Page;
let registerSize: () => Promise<number>;
let before: number;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => console.error("[browser]", error));
  const changeManager = demoPeople.find((p) => p.key === "change-manager")!;
  const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: changeManager.email } });
  registerSize = async () => (await repositoryFor(sp, "Partnerships").query({ select: ["Title"] })).length;
  before = await registerSize();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const header = "Partnership name,Type,Lead Officer,Council contribution (£),Start date,Partners,Notes";
const fixed = [
  "Northbrook Food Network,Partnership,Laura Pennington,\"£12,500\",1/4/2024,Northbrook Foodbank; Wessex Community Trust,from the 2019 spreadsheet",
  "Riverside Play Forum,Partnership,,4000,2023-09-01,Riverside Residents Association,",
  "Southern Digital Skills Alliance,Partnership,,,01/06/2025,Wessex College,",
];
const withTwoBadRows = [fixed[0], "Riverside Play Forum,Consortium,,4000,2023-09-01,Riverside Residents Association,", "Southern Digital Skills Alliance,Partnership,,lots,01/06/2025,Wessex College,"];

async function choose(rows: readonly (string | undefined)[]): Promise<void> {
  const buffer = Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`, "utf8");
  await page.locator("input[type=file]").setInputFiles({ name: "old-register.csv", mimeType: "text/csv", buffer });
  await expect.poll(() => page.getByRole("heading", { name: "2. Match the columns of old-register.csv" }).count(), { timeout: 20_000 }).toBe(1);
}

async function check(): Promise<string> {
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "What the check found" }).count(), { timeout: 20_000 }).toBe(1);
  return page.getByRole("main").innerText();
}

const importButton = () => page.getByRole("button", { name: /^Import/ });

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

describe("importing a spreadsheet register in the tab", () => {
  it("opens on the file step, accessibly", async () => {
    await page.goto(`${stack.origin}/admin/import`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 30_000 }).toBe("Import a spreadsheet register");
    expect(await page.title()).toBe("Import a spreadsheet register – Partnership Register");
    await screenshot(page, "import-start");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("suggests the column mapping from the file's own headers", async () => {
    await choose(withTwoBadRows);
    expect(await page.getByLabel('Register field for the column "Partnership name"').inputValue()).toBe("name");
    expect(await page.getByLabel('Register field for the column "Lead Officer"').inputValue()).toBe("leadOfficer");
    expect(await page.getByLabel('Register field for the column "Notes"').inputValue()).toBe("");
    await screenshot(page, "import-mapping");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("reports both bad rows and imports nothing until they are fixed", async () => {
    const report = await check();
    expect(report).toContain("2 problems to fix first");
    const problems = await page.getByRole("table", { name: "Problems to fix in the file" }).getByRole("row").allInnerTexts();
    expect(problems.slice(1).map((r) => r.replace(/\s+/g, " "))).toEqual([
      expect.stringMatching(/^3 Type "Consortium" is not a kind of arrangement the register knows/),
      expect.stringMatching(/^4 Council contribution \(£\) "lots" is not an amount of money/),
    ]);
    expect(await importButton().isDisabled()).toBe(true);
    expect(await registerSize()).toBe(before);
    await page.getByRole("heading", { name: "3. Check, then import" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await screenshot(page, "import-problems");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("imports every row once the file is fixed", async () => {
    await choose(fixed);
    expect(await check()).toContain("Ready to import");
    expect(await registerSize()).toBe(before);
    await importButton().click();
    await expect.poll(() => page.getByRole("main").innerText(), { timeout: 20_000 }).toContain("Imported 3 rows; 0 already on the register were skipped.");
    expect(await registerSize()).toBe(before + 3);
    await page.getByRole("heading", { name: "3. Check, then import" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await screenshot(page, "import-done");
  });

  it("importing the same file again adds nothing", async () => {
    await choose(fixed);
    const report = await check();
    expect(report).toContain("3 rows read: 0 to add, 3 already on the register.");
    expect(report).toContain("Row 2: Northbrook Food Network — it was imported before");
    expect(await importButton().isDisabled()).toBe(true);
    expect(await registerSize()).toBe(before + 3);
    await page.getByRole("heading", { name: "3. Check, then import" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await screenshot(page, "import-again");
  });

  it("stays accessible in the dark theme", async () => {
    await choose(withTwoBadRows.map((r) => r?.replace("Northbrook Food Network", "Northbrook Food Network Two")));
    await check();
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("heading", { name: "3. Check, then import" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await screenshot(page, "import-problems-dark");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Follow system" }).click();
  });
});
