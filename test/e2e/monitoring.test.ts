import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli";
import { demoPerson } from "../../src/demo-council/people";
import { lastEndedHalfYear, previousHalfYear } from "../../src/domain/performance/half-year";
import { ukToday } from "../../src/sharepoint/authorise/editor-rule";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
let scratch: string;
const contexts: BrowserContext[] = [];

const leadOfficer = demoPerson("hos-environment"); // Michael Dunmore, lead officer of the waste partnership
const changeManager = demoPerson("change-manager");
const waste = "Wessex County Waste Partnership"; // significant: key, and its risks go on the corporate register
const today = ukToday();
const daysFromToday = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const half = lastEndedHalfYear(today);

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  scratch = await mkdtemp(join(tmpdir(), "monitoring-e2e-"));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(email), url: stack.origin }]);
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
  return page;
}

const recordId = (key: string) => {
  const id = stack.arrangements.get(key);
  if (!id) throw new Error(`the demo has no arrangement "${key}"`);
  return id;
};

async function openSection(page: Page, key: string, tab: string): Promise<void> {
  await page.goto(`${stack.origin}/partnerships/${recordId(key)}`);
  await page.getByRole("tab", { name: tab }).click({ timeout: 20_000 });
}

const panel = (page: Page) => page.getByRole("tabpanel");
const rest = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${stack.siteUrl}/_api/web/lists/${path}`, { headers: { Accept: "application/json;odata=nometadata" } });
  return ((await response.json()) as { value: T }).value;
};

async function darkTheme(page: Page): Promise<void> {
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name: "Dark" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as objects keyed by its header row. */
function sheetRows(book: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet "${name}"`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i]])));
  });
  return rows;
}

describe("monitoring a partnership", () => {
  it("adds a risk with a past review date, which is flagged overdue and marked for the corporate risk register", async () => {
    const page = await pageAs(leadOfficer.email);
    await openSection(page, "county-waste-partnership", "Risks");
    await page.getByRole("button", { name: "Add a risk" }).click();
    const form = page.getByRole("form", { name: "Add a risk" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("risk-add-title");
    // Plain-English problems first, at each field and in a summary.
    await form.getByLabel("Likelihood (1–5)").fill("7");
    await form.getByLabel("Impact (1–5)").fill("four");
    await form.getByRole("button", { name: "Add the risk" }).click();
    const summary = form.getByRole("alert").filter({ hasText: "nothing has been saved yet" });
    await expect.poll(() => summary.innerText()).toMatch(/There are 3 problems/);
    expect(await summary.innerText()).toMatch(/Risk: Enter the risk\.[\s\S]*The likelihood must be a whole number from 1 to 5\.[\s\S]*Enter the impact as a whole number from 1 to 5\./);
    await screenshot(page, "monitoring-risk-errors");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await form.getByLabel(/^Risk\b/).fill("Landfill tax rises faster than budgeted");
    await form.getByLabel("Likelihood (1–5)").fill("4");
    await form.getByLabel("Impact (1–5)").fill("4");
    await form.getByLabel("Review date").fill(daysFromToday(-20));
    await form.getByLabel("Mitigation").fill("Residual waste tonnage targets; joint procurement of treatment capacity.");
    expect(await form.getByLabel("On the corporate risk register").inputValue()).toBe("yes");
    await form.getByRole("button", { name: "Add the risk" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "was added" }).count(), { timeout: 20_000 }).toBe(1);
    const row = page.getByRole("table", { name: "Risk register" }).getByRole("row").filter({ hasText: "Landfill tax rises faster than budgeted" });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/16 – Very high[\s\S]*Review overdue[\s\S]*For the corporate risk register/);
    expect(await panel(page).innerText()).toMatch(/puts this arrangement's open risks on the corporate risk register \(framework 1\.11b/);
    await screenshot(page, "monitoring-risk-added");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The tab's download of this arrangement's risk register.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the risk register (Excel)" }).click()]);
    const risks = sheetRows(await workbook((await download.path())!), "Risk register");
    expect(risks.every((r) => r.Arrangement === waste)).toBe(true);
    expect(risks.find((r) => r.Risk === "Landfill tax rises faster than budgeted")).toMatchObject({ Review: "Review overdue", "For the corporate risk register": "Yes", "Score (L × I)": 16 });
  });

  it("closes a risk with a reason kept in the audit trail", async () => {
    const page = await pageAs(leadOfficer.email);
    await openSection(page, "county-waste-partnership", "Risks");
    await page.getByRole("button", { name: "Close the risk Landfill tax rises faster than budgeted" }).click();
    await page.getByLabel("Why it can be closed").fill("Landfill tax rates confirmed in the national budget.");
    await page.getByRole("button", { name: "Close the risk", exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "was closed" }).count(), { timeout: 20_000 }).toBe(1);
    const audit = await rest<{ Reason?: string; Title: string }[]>(`getByTitle('AuditLog')/items?$select=Title,Reason&$orderby=Id desc&$top=5`);
    expect(audit.some((e) => e.Reason === "Landfill tax rates confirmed in the national budget.")).toBe(true);
    await expect.poll(() => page.getByRole("table", { name: "Risk register" }).getByRole("row").filter({ hasText: "Landfill tax rises faster than budgeted" }).innerText(), { timeout: 20_000 }).toMatch(/Closed/);
  });

  it("records a measure's actual by keyboard alone and shows it amber against its target", async () => {
    const page = await pageAs(leadOfficer.email);
    await openSection(page, "county-waste-partnership", "Performance & money");
    const measure = "Household waste recycled or composted"; // target 55%, higher is better
    const button = page.getByRole("button", { name: `Record an actual for ${measure}` });
    await button.waitFor({ timeout: 20_000 });
    // From the section's tab, Tab along until the button has focus; nothing is clicked.
    await page.getByRole("tab", { name: "Performance & money" }).focus();
    for (let i = 0; i < 15 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("period");
    const period = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(period).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);
    await page.keyboard.press("Tab");
    await page.keyboard.type("52.25"); // 5% below the 55% target
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: `52.25 for ${period}` }).count(), { timeout: 20_000 }).toBe(1);
    const row = page.getByRole("row").filter({ hasText: measure });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(new RegExp(`52\\.25% \\(${period.replace("/", "\\/")}\\)[\\s\\S]*Amber: just off target`));
    expect(await row.getByRole("img").getAttribute("aria-label")).toMatch(new RegExp(`${period.replace("/", "\\/")} 52\\.25%; target 55%`));
    await screenshot(page, "monitoring-measure-amber");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("records a quarter's actual spend and shows the variance in pounds and per cent", async () => {
    const page = await pageAs(leadOfficer.email);
    await openSection(page, "county-waste-partnership", "Performance & money");
    await page.getByRole("button", { name: "Record a quarter's figures" }).click();
    const form = page.getByRole("form", { name: "Record a quarter's budget and spend" });
    const year = await form.getByLabel("Financial year").inputValue();
    const quarter = await form.getByLabel("Quarter").inputValue();
    const budget = Number(await form.getByLabel("Budget (£)").inputValue());
    expect(budget).toBeGreaterThan(0);
    await form.getByLabel("Actual spend (£)").fill("£abc");
    await form.getByRole("button", { name: "Save the quarter" }).click();
    await expect.poll(() => form.getByRole("alert").filter({ hasText: "nothing has been saved yet" }).innerText()).toMatch(/Enter the actual spend in pounds, like 12500 or £12,500\./);
    await form.getByLabel("Actual spend (£)").fill(`£${(budget + 1000).toLocaleString("en-GB")}`);
    await form.getByLabel("Note").fill("Haulage contract uplift.");
    await screenshot(page, "monitoring-budget-form");
    await form.getByRole("button", { name: "Save the quarter" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: `Saved ${year} ${quarter}` }).count(), { timeout: 20_000 }).toBe(1);
    const table = page.getByRole("table", { name: `Budget against actual, ${year}` });
    const percent = Math.round((1000 / budget) * 1000) / 10;
    await expect.poll(() => table.getByRole("row").filter({ hasText: new RegExp(`^${quarter}`) }).innerText(), { timeout: 20_000 }).toMatch(
      new RegExp(`£1,000 over budget \\(${String(percent).replace(".", "\\.")}%\\)[\\s\\S]*Overspend[\\s\\S]*Haulage contract uplift`),
    );
    expect(await page.getByRole("img", { name: new RegExp(`^Budget against actual, ${year.replace("/", "\\/")}:`) }).count()).toBe(1);
    await screenshot(page, "monitoring-budget-variance");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await darkTheme(page);
    await page.waitForTimeout(300);
    await screenshot(page, "monitoring-money-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("adds a representative with a declaration of interest", async () => {
    const page = await pageAs(changeManager.email);
    await openSection(page, "county-waste-partnership", "People");
    await page.getByRole("button", { name: "Add a representative" }).click();
    const form = page.getByRole("form", { name: "Add a representative" });
    await form.getByLabel(/^Name\b/).fill("Cllr Hannah Okonjo");
    await form.getByLabel("Councillor or officer").selectOption("councillor");
    await form.getByLabel("Role on the partnership").fill("Substitute joint committee member");
    await form.getByLabel("Term starts").fill(daysFromToday(0));
    await form.getByLabel("Term ends").fill(daysFromToday(-1));
    await form.getByRole("button", { name: "Add the representative" }).click();
    await expect.poll(() => form.getByRole("alert").filter({ hasText: "nothing has been saved yet" }).innerText()).toMatch(/Term ends: The term ends before it starts\./);
    await form.getByLabel("Term ends").fill(daysFromToday(365));
    await form.getByRole("button", { name: "Add the representative" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Added Cllr Hannah Okonjo" }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByRole("table", { name: "Representatives" }).innerText(), { timeout: 20_000 }).toContain("Cllr Hannah Okonjo");

    await page.getByRole("button", { name: "Record a declaration of interest" }).click();
    const declaration = page.getByRole("form", { name: "Record a declaration of interest" });
    await declaration.getByLabel("Declared by").selectOption({ label: "Cllr Hannah Okonjo, Substitute joint committee member" });
    await declaration.getByLabel("Nature of the interest").fill("Spouse employed by the waste haulage contractor");
    await declaration.getByLabel("How it is managed").fill("Takes no part in items on the haulage contract.");
    await screenshot(page, "monitoring-interest-form");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await declaration.getByRole("button", { name: "Record the declaration" }).click();
    const interests = page.getByRole("table", { name: "Declarations of interest" });
    await expect.poll(() => interests.getByRole("row").filter({ hasText: "Spouse employed by the waste haulage contractor" }).innerText(), { timeout: 20_000 }).toMatch(/Cllr Hannah Okonjo/);
    const stored = await rest<{ Title: string; RepresentativeId: number; ArrangementId: number }[]>(`getByTitle('Interests')/items?$select=Title,RepresentativeId,ArrangementId`);
    const reps = await rest<{ Id: number; Title: string }[]>(`getByTitle('Representatives')/items?$select=Id,Title`);
    const link = stored.find((i) => i.Title === "Spouse employed by the waste haulage contractor");
    expect(link?.ArrangementId).toBe(recordId("county-waste-partnership"));
    expect(reps.find((r) => r.Id === link?.RepresentativeId)?.Title).toBe("Cllr Hannah Okonjo");
    await screenshot(page, "monitoring-people");
  });

  it("confirms an appointment in the annual review of representation", async () => {
    const page = await pageAs(changeManager.email);
    await page.goto(`${stack.origin}/reports/representation`);
    const row = page.getByRole("row").filter({ hasText: "Cllr Hannah Okonjo" });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/To confirm this year/);
    await screenshot(page, "monitoring-representation-review");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole("button", { name: "Confirm Cllr Hannah Okonjo's appointment continues" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: `Cllr Hannah Okonjo's appointment to ${waste} continues.` }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "Cllr Hannah Okonjo" }).count(), { timeout: 20_000 }).toBe(0);
    await page.getByLabel("Show").selectOption("all");
    await expect.poll(() => page.getByRole("row").filter({ hasText: "Cllr Hannah Okonjo" }).innerText()).toMatch(/Confirmed this year/);
    const audit = await rest<{ Reason?: string }[]>(`getByTitle('AuditLog')/items?$select=Reason&$orderby=Id desc&$top=3`);
    expect(audit.some((e) => e.Reason === "Annual review of representation: the appointment continues")).toBe(true);
    await darkTheme(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("produces the bi-annual performance report with the key partnerships, on screen, in Excel and from the command line", async () => {
    const page = await pageAs(changeManager.email);
    await page.goto(`${stack.origin}/dashboard`);
    await page.getByRole("link", { name: /Performance of key partnerships/ }).click();
    await expect.poll(() => page.getByRole("table", { name: `Performance of key partnerships, ${half.label}` }).innerText(), { timeout: 30_000 }).toContain(waste);
    await screenshot(page, "monitoring-performance-report");
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the report (Excel)" }).click()]);
    expect(download.suggestedFilename()).toBe(`performance-report-${half.id}.xlsx`);
    const book = await workbook((await download.path())!);
    const names = sheetRows(book, "Key partnerships").map((r) => r.Partnership as string);

    // Key under gravesham: significant partnerships and full / joint-management shared services
    // running in the half year — worked out here from the list itself.
    const all = await rest<{ Title: string; Kind: string; Subtype?: string; Category?: string; Status: string; StartDate?: string; PlannedEndDate?: string }[]>(
      `getByTitle('Partnerships')/items?$select=Title,Kind,Subtype,Category,Status,StartDate,PlannedEndDate&$top=5000`,
    );
    const expected = all
      .filter((a) => (a.Kind === "partnership" && a.Category === "significant") || (a.Kind === "shared-service" && ["full", "joint-management"].includes(a.Subtype ?? "")))
      .filter((a) => ["active", "under-review", "exiting"].includes(a.Status) || (a.Status === "ended" && (a.PlannedEndDate ?? "").slice(0, 10) >= half.start))
      .filter((a) => !a.StartDate || a.StartDate.slice(0, 10) <= half.end)
      .map((a) => a.Title)
      .sort();
    expect([...names].sort()).toEqual(expected);
    expect(names).toContain(waste);
    expect(names).toContain("Wessex Shared Internal Audit Service");
    expect(names).not.toContain("Wessex Local Nature Partnership"); // "other": not key
    expect(names).not.toContain("Wessex Building Control Partnership"); // still awaiting approval

    // The figures recorded above are in the half year that contains them.
    const wasteRow = sheetRows(book, "Key partnerships").find((r) => r.Partnership === waste)!;
    const figures = await rest<{ Title: string; Quarter: string; Budget?: number; Actual?: number; ArrangementId: number }[]>(
      `getByTitle('BudgetFigures')/items?$select=Title,Quarter,Budget,Actual,ArrangementId&$top=5000`,
    );
    const inHalf = figures.filter((f) => f.ArrangementId === recordId("county-waste-partnership") && f.Title === half.financialYear && half.quarters.includes(f.Quarter as "Q1") && f.Actual !== null && f.Actual !== undefined);
    expect(wasteRow["Variance (£, + is over)"]).toBeCloseTo(inHalf.reduce((s, f) => s + (f.Actual ?? 0) - (f.Budget ?? 0), 0), 2);
    expect(wasteRow["Measures amber"]).toBe(1);
    const measure = sheetRows(book, "Measures").find((r) => r.Partnership === waste)!;
    expect(measure).toMatchObject({ Actual: 52.25, Rating: "Amber" });

    // The half year before is reproduced from figures dated within it: today's entries are not in it.
    const earlier = previousHalfYear(half);
    await page.getByLabel("Half year").selectOption(earlier.id);
    await expect.poll(() => page.getByRole("table", { name: `Performance of key partnerships, ${earlier.label}` }).count(), { timeout: 30_000 }).toBe(1);
    const [older] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the report (Excel)" }).click()]);
    const olderMeasure = sheetRows(await workbook((await older.path())!), "Measures").find((r) => r.Partnership === waste)!;
    expect(olderMeasure.Actual).not.toBe(52.25);
    expect(String(olderMeasure["Latest period"]) <= `${earlier.financialYear} Q4`).toBe(true);

    // The same report from `npm run cli -- report performance --half …`, and the risk register export.
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    const reportFile = join(scratch, "performance.xlsx");
    expect(await runCli(["report", "performance", "--site", stack.siteUrl, "--as", changeManager.email, "--half", half.id, "--out", reportFile], out)).toBe(0);
    expect(sheetRows(await workbook(reportFile), "Key partnerships").map((r) => r.Partnership).sort()).toEqual(expected);
    expect(lines.join("\n")).toContain(`${expected.length} key partnerships`);
    const risksFile = join(scratch, "risks.xlsx");
    expect(await runCli(["export", "risks", "--site", stack.siteUrl, "--as", changeManager.email, "--out", risksFile], out)).toBe(0);
    const allRisks = sheetRows(await workbook(risksFile), "Risk register");
    expect(new Set(allRisks.map((r) => r.Arrangement)).size).toBeGreaterThan(5);
    expect(allRisks.find((r) => r.Risk === "Landfill tax rises faster than budgeted")).toMatchObject({ Status: "Closed", "For the corporate risk register": "No" });
    expect(await runCli(["report", "performance", "--site", stack.siteUrl, "--as", changeManager.email, "--half", "2026H3"], out)).toBe(2);

    await darkTheme(page);
    await page.waitForTimeout(300);
    await screenshot(page, "monitoring-performance-report-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
