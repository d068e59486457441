import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../src/demo-council/index";
import { demoPerson } from "../../src/demo-council/people";
import { currentRoundYear, roundPeriodLabel } from "../../src/domain/register-review/round-period";
import { getBuiltInPack } from "../../src/policy/built-in-packs";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

const changeManager = demoPerson("change-manager");
const leadOfficer = demoPerson("hos-environment"); // Michael Dunmore leads three live arrangements
const today = new Date().toISOString().slice(0, 10);
const demo = buildDemoCouncil(today);
const live = demo.arrangements.filter((a) => ["active", "under-review", "exiting"].includes(a.record.status));
const michaels = live.filter((a) => (a.record.leadOfficer as unknown as { $person?: string })?.$person === "hos-environment").map((a) => a.record.name).sort();
/*
 * The demo already holds next year's register reviews (as if the Change Manager had opened that
 * round), so the journey opens the round after it: one nobody has opened yet.
 */
const year = currentRoundYear(getBuiltInPack("gravesham")!, today)! + 1;
const period = roundPeriodLabel(year);

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.close();
});

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(email), url: stack.origin }]);
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
  return page;
}

async function inDark(page: Page, check: () => Promise<void>): Promise<void> {
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name: "Dark" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await check();
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name: "Light" }).click();
}

const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return "";
  const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? "";
  return `${el.tagName.toLowerCase()}:${label.trim()}`;
});

const progressRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

describe("the annual register review", () => {
  let manager: Page;

  it("is opened by the Change Manager for a year, once", async () => {
    manager = await pageAs(changeManager.email);
    await manager.goto(`${stack.origin}/admin`);
    await manager.getByRole("link", { name: "Annual register review and report" }).click();
    await manager.getByRole("heading", { level: 1, name: /^Annual register review / }).waitFor({ timeout: 20_000 });
    await manager.goto(`${stack.origin}/reviews/register/${year}`);
    await manager.getByRole("heading", { level: 1, name: `Annual register review ${period}` }).waitFor({ timeout: 20_000 });
    await manager.getByText(`The ${period} review has not been opened`).waitFor({ timeout: 20_000 });
    await manager.getByRole("button", { name: `Open the ${period} review` }).click();
    await expect.poll(() => manager.getByRole("status").allInnerTexts(), { timeout: 30_000 }).toContainEqual(
      expect.stringContaining(`Opened the ${period} register review: ${live.length} reviews created.`),
    );
    await progressRow(manager, leadOfficer.title).waitFor({ timeout: 20_000 });
    expect(await progressRow(manager, leadOfficer.title).innerText()).toMatch(/0\s+3\s+Not answered/);
    await manager.getByRole("button", { name: `Open the ${period} review` }).click();
    await expect.poll(() => manager.getByRole("status").allInnerTexts(), { timeout: 30_000 }).toContainEqual(
      expect.stringContaining(`The ${period} register review is already open (${live.length} reviews); nothing new was created.`),
    );
    // The tab told the bot (POST /api/notify {topic:"reviews"}): one card per lead officer, however often it is told.
    const roundCards = async () => {
      const response = await fetch(`${stack.siteUrl}/_api/web/lists/getByTitle('CardMessages')/items?$select=Title,Kind,Person/Title&$expand=Person&$top=5000`, { headers: { Accept: "application/json;odata=nometadata" } });
      const messages = ((await response.json()) as { value: { Title: string; Kind: string; Person: { Title: string } }[] }).value;
      return messages.filter((m) => m.Kind === "review-round" && m.Title === `register-review ${period}`).map((m) => m.Person.Title).sort();
    };
    const officers = [...new Set(live.map((a) => JSON.stringify(a.record.leadOfficer)))];
    await expect.poll(roundCards, { timeout: 30_000 }).toHaveLength(officers.length);
    expect(await roundCards()).toContain(leadOfficer.title);
    await screenshot(manager, "register-review-opened");
    expect(await seriousAxeViolations(manager)).toEqual([]);
    await inDark(manager, async () => {
      await screenshot(manager, "register-review-opened-dark");
      expect(await seriousAxeViolations(manager)).toEqual([]);
    });
  });

  it("asks the lead officer in My work, who confirms a record by keyboard alone", async () => {
    const officer = await pageAs(leadOfficer.email);
    await officer.goto(`${stack.origin}/my-work`);
    const section = officer.getByRole("region", { name: new RegExp(`${period.replace("/", "\\/")}$`) });
    await section.waitFor({ timeout: 30_000 });
    const rows = section.getByRole("rowheader");
    expect((await rows.allInnerTexts()).sort()).toEqual(michaels);
    await screenshot(officer, "register-review-my-work");
    expect(await seriousAxeViolations(officer)).toEqual([]);
    // The bot's card for the round, in the lead officer's Activity (their chat with the bot).
    await officer.getByRole("button", { name: /^Activity/ }).click();
    const card = officer.getByRole("dialog", { name: "Activity" }).getByRole("article").filter({ hasText: `Register ${period}` });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    expect(await card.innerText()).toMatch(/Still to confirm\s+3/);
    expect(await card.getByRole("link", { name: "Open My work" }).count()).toBe(1);
    await screenshot(officer, "register-review-card");
    await officer.reload();
    await section.waitFor({ timeout: 30_000 });

    const first = michaels[0]!;
    await section.getByRole("button", { name: `Confirm ${first} as correct` }).focus();
    await officer.keyboard.press("Enter");
    const dialog = officer.getByRole("dialog", { name: `Confirm ${first}` });
    await dialog.waitFor();
    await officer.waitForTimeout(400); // let the dialog finish fading in before the picture
    await screenshot(officer, "register-review-confirm-dialog");
    expect(await seriousAxeViolations(officer)).toEqual([]);
    // Each question: the first radio takes focus, Space answers "Yes", Tab moves past the note.
    for (let question = 0; question < 2; question++) {
      await expect.poll(() => focusedName(officer)).toBe("input:Yes");
      await officer.keyboard.press("Space");
      await officer.keyboard.press("Tab");
      await expect.poll(() => focusedName(officer)).toMatch(/^textarea:/);
      await officer.keyboard.press("Tab");
    }
    await expect.poll(() => focusedName(officer)).toBe("button:Confirm as correct");
    await officer.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached", timeout: 20_000 });
    await expect.poll(() => section.getByRole("row").filter({ hasText: first }).innerText(), { timeout: 20_000 }).toMatch(/Confirmed/);

    for (const name of michaels.slice(1)) {
      await section.getByRole("button", { name: `Confirm ${name} as correct` }).click();
      const next = officer.getByRole("dialog", { name: `Confirm ${name}` });
      await next.getByRole("button", { name: "Confirm as correct" }).click();
      await expect.poll(() => next.innerText()).toMatch(/Answer "Is the register entry complete/);
      for (const group of await next.getByRole("radiogroup").all()) await group.getByRole("radio", { name: "Yes" }).check();
      await next.getByRole("button", { name: "Confirm as correct" }).click();
      await next.waitFor({ state: "detached", timeout: 20_000 });
    }
    await expect.poll(() => officer.getByRole("status").allInnerTexts(), { timeout: 20_000 }).toContainEqual(expect.stringContaining(`Confirmed ${michaels.at(-1)}`));
    await inDark(officer, async () => {
      await screenshot(officer, "register-review-my-work-dark");
      expect(await seriousAxeViolations(officer)).toEqual([]);
    });
    // "Correct it" (here in the demo's own, earlier round) opens the record ready for editing.
    await officer.getByRole("link", { name: `Correct ${first}: open it for editing` }).first().click();
    await officer.getByRole("button", { name: "Save changes" }).waitFor({ timeout: 20_000 });
    expect(await officer.getByRole("heading", { level: 1 }).innerText()).toBe(first);
  });

  it("shows the Change Manager the progress, with a filter", async () => {
    await manager.reload();
    await progressRow(manager, leadOfficer.title).waitFor({ timeout: 20_000 });
    expect(await progressRow(manager, leadOfficer.title).innerText()).toMatch(/3\s+0\s+Finished/);
    await manager.getByLabel("Show").selectOption("not-answered");
    await expect.poll(() => progressRow(manager, leadOfficer.title).count()).toBe(0);
    expect(await manager.getByRole("rowheader").count()).toBeGreaterThan(5);
    await screenshot(manager, "register-review-progress-filtered");
    await manager.getByLabel("Show").selectOption("all");
  });

  it("produces the register report, printable and as a workbook, with the right arrangements", async () => {
    await manager.getByRole("link", { name: `Register report ${period}` }).click();
    await manager.getByRole("heading", { level: 1, name: `Annual register report ${period}` }).waitFor({ timeout: 30_000 });
    const onScreen = await manager.getByRole("rowheader").allInnerTexts();
    expect(onScreen.sort()).toEqual(live.map((a) => a.record.name).sort());
    await screenshot(manager, "register-report");
    expect(await seriousAxeViolations(manager)).toEqual([]);
    await inDark(manager, async () => {
      await screenshot(manager, "register-report-dark");
      expect(await seriousAxeViolations(manager)).toEqual([]);
    });

    const [xlsx] = await Promise.all([manager.waitForEvent("download"), manager.getByRole("button", { name: "Download XLSX" }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`register-report-${year}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(await xlsx.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet("Register")!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(expect.arrayContaining(["Name", "Kind", "Category", "Lead officer", "Directorate", "Portfolio", "Status", "Governance rating", "Register review"]));
    const rows: Record<string, string>[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).text)])));
    });
    expect(rows.map((r) => r.Name).sort()).toEqual(live.map((a) => a.record.name).sort());
    for (const name of michaels) expect(rows.find((r) => r.Name === name)?.["Register review"]).toMatch(new RegExp(`^Confirmed on .* by ${leadOfficer.title}$`));
    expect(rows.filter((r) => r["Register review"] === "Not yet confirmed")).toHaveLength(live.length - michaels.length);

    const [html] = await Promise.all([manager.waitForEvent("download"), manager.getByRole("button", { name: "Download web page (.html)" }).click()]);
    const text = await readFile(await html.path(), "utf8");
    const standalone = await browser.newPage({ javaScriptEnabled: false });
    await standalone.setContent(text);
    expect((await standalone.locator("tbody th[scope=row]").allInnerTexts()).sort()).toEqual(live.map((a) => a.record.name).sort());
    expect(await standalone.getByRole("heading", { level: 1 }).innerText()).toBe(`Annual register report ${period}`);
    await standalone.close();
    const axePage = await browser.newPage();
    await axePage.setContent(text);
    expect(await seriousAxeViolations(axePage)).toEqual([]);
    await axePage.close();
  });

  it("prints only the report", async () => {
    await manager.emulateMedia({ media: "print" });
    expect(await manager.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await manager.getByRole("navigation").first().isVisible()).toBe(false);
    expect(await manager.getByRole("table").isVisible()).toBe(true);
    await screenshot(manager, "register-report-print");
    await manager.emulateMedia({ media: "screen" });
  });
});
