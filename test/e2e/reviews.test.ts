import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../src/demo-council/index";
import { demoPerson } from "../../src/demo-council/people";
import { createSp } from "../../src/sharepoint/create-sp";
import { repositoryFor } from "../../src/sharepoint/repositories";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

const run = promisify(execFile);
const today = new Date().toISOString().slice(0, 10);
const demo = buildDemoCouncil(today);
const nameOf = (key: string) => demo.arrangements.find((a) => a.key === key)!.record.name;

// Started 30 months ago: in its third year, its next review (the third) is on the focused template.
const legal = { key: "shared-legal-service", name: nameOf("shared-legal-service"), lead: demoPerson("monitoring-officer") };
// Its fifth annual review fell due two months ago and was never done.
const audit = { key: "shared-internal-audit", name: nameOf("shared-internal-audit"), lead: demoPerson("audit-manager"), director: demoPerson("dir-corporate") };
const changeManager = demoPerson("change-manager");

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(email), url: stack.origin }]);
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
  return page;
}

/** axe in light and dark, with a screenshot of each. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name: "Dark" }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await screenshot(page, `${name}-dark`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name: "Light" }).click();
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.getAttribute("type") ?? ""}:${el.getAttribute("aria-label") ?? el.id ?? ""}:${el.textContent?.trim() ?? ""}` : "";
  });

/** Tab until the focused element matches, so the journey uses the keyboard only. */
async function tabTo(page: Page, matches: RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (matches.test(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${matches}; focus is on ${await focused(page)}`);
}

async function openReviewsTab(page: Page, arrangementId: number): Promise<void> {
  await page.goto(`${stack.origin}/partnerships/${arrangementId}`);
  await page.getByRole("tab", { name: "Overview" }).waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: "Reviews" }).click();
  await page.getByRole("table", { name: "Reviews recorded" }).waitFor({ timeout: 20_000 });
}

describe("review forms from the council's policy", () => {
  it("a shared service in its third year gets the focused template, and its lead officer completes it by keyboard", async () => {
    const page = await pageAs(legal.lead.email);
    const id = stack.arrangements.get(legal.key)!;
    await openReviewsTab(page, id);
    const start = page.getByRole("link", { name: /^Start review: .*shared service review, year 3/ });
    await start.waitFor({ timeout: 20_000 });
    await checkScreen(page, "reviews-record-section");
    await start.focus();
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 1, name: `Shared service annual review: ${legal.name}` }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Progress review \(appendix four b\)/);
    expect(await page.locator("main").innerText()).toMatch(/Year of operation\s*Year 3/);
    const questions = ["What progress has been made", "How is the service performing", "What has been done about the recommendations", "What is recommended for future years"];
    for (const q of questions) await page.getByLabel(new RegExp(q)).waitFor();
    expect(await page.getByText("officer feedback", { exact: false }).count()).toBe(0);
    await checkScreen(page, "review-form-focused-template");

    // Three answers typed, the fourth forgotten: completing says what is missing and where.
    await page.getByLabel(new RegExp(questions[0]!)).focus();
    await page.keyboard.type("Savings and service targets are on track.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Eleven of twelve measures at target.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("All three recommendations implemented.");
    await tabTo(page, /^button:.*Complete the review/);
    await page.keyboard.press("Enter");
    const problems = page.getByRole("alert").filter({ hasText: "the review is not completed yet" });
    await problems.waitFor();
    await expect.poll(() => focused(page)).toMatch(/One answer is missing/);
    await screenshot(page, "review-form-missing-answer");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatch(/^textarea::review-q-future-recommendations/);
    await page.keyboard.type("Continue, and invite a third council to join.");
    await tabTo(page, /^button:.*Complete the review/);
    await page.keyboard.press("Enter");
    await page.getByText("Review completed").waitFor({ timeout: 20_000 });
    await checkScreen(page, "review-form-completed");

    const stored = await repositoryFor(createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: changeManager.email } }), "Reviews").query({});
    const done = stored.find((r) => r.record.arrangementId === id && r.record.templateId === "focused" && r.record.status === "completed");
    expect(done?.record.answers).toMatchObject({ "future-recommendations": "Continue, and invite a third council to join." });
    expect(done?.record.completedBy?.title).toBe(legal.lead.title);
  });

  it("completing a governance assurance sets the rating shown on the record and in the register", async () => {
    const id = stack.arrangements.get(legal.key)!;
    // The Change Manager opens next year's assurance early for this arrangement, straight in SharePoint.
    const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: changeManager.email } });
    const cm = await sp.web.currentUser();
    const nextYear = Number(today.slice(0, 4)) + 1;
    const { id: reviewId } = await repositoryFor(sp, "Reviews").add(
      { title: `${legal.name}: governance assurance ${nextYear}`, arrangementId: id, reviewTypeId: "governance-assurance", period: String(nextYear), dueDate: `${nextYear}-03-31`, status: "due" },
      { id: cm.Id, title: cm.Title, email: cm.Email },
    );
    const page = await pageAs(legal.lead.email);
    await page.goto(`${stack.origin}/partnerships/${id}/reviews/${reviewId}`);
    await page.getByRole("heading", { level: 1, name: /^Governance assurance for the Annual Governance Statement/ }).waitFor({ timeout: 20_000 });
    await page.getByRole("radio", { name: "Yes" }).first().waitFor();
    // By keyboard: Tab into the first question's choices, Space for Yes; arrow to "In part" on the second.
    await tabTo(page, /^input:radio:/);
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // its comment
    await page.keyboard.type("Agreement, terms of reference and risk register in place.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("region", { name: "Assurance level" }).innerText()).toMatch(/Reasonable/);
    await checkScreen(page, "review-form-governance-assurance");
    await tabTo(page, /^button:.*Complete the review/);
    await page.keyboard.press("Enter");
    await page.getByText("The arrangement's governance rating is now Reasonable").waitFor({ timeout: 20_000 });

    await page.goto(`${stack.origin}/partnerships/${id}`);
    await page.getByRole("tab", { name: "Governance" }).click();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 20_000 }).toMatch(new RegExp(`Reasonable, given`));
    await page.goto(`${stack.origin}/?q=${encodeURIComponent("Brookside Shared Legal")}`);
    const row = page.getByRole("row").filter({ hasText: legal.name });
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/Active\s*Reasonable/);
    await screenshot(page, "register-governance-rating");
  });
});

describe("reminders and escalation for overdue reviews", () => {
  const remind = () =>
    run("npx", ["tsx", "src/cli/main.ts", "remind", "--site", stack.siteUrl, "--as", changeManager.email, "--tab-url", stack.origin], { timeout: 120_000, maxBuffer: 10_000_000 });
  const cardsAbout = async (email: string) => {
    const response = await fetch(`${stack.origin}/_connector/local/inbox?person=${encodeURIComponent(email)}`);
    const inbox = (await response.json()) as { activities: { attachments?: { content: unknown }[] }[] };
    return inbox.activities.map((a) => JSON.stringify(a.attachments?.[0]?.content ?? "")).filter((text) => text.includes(audit.name) && text.includes("Shared service annual review"));
  };

  it("an overdue review sends one reminder, not one per run of npm run cli -- remind, and is escalated to the director once", async () => {
    const first = await remind();
    expect(first.stdout).toMatch(new RegExp(`${audit.lead.title} — reminder: ${audit.name}`));
    await remind();
    const reminders = await cardsAbout(audit.lead.email);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatch(/overdue by \d+ days/);
    const escalations = await cardsAbout(audit.director.email);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatch(/Escalated/);

    // The audit manager finds it under Activity, with the button that opens the form.
    const page = await pageAs(audit.lead.email);
    await page.goto(`${stack.origin}/`);
    await page.getByRole("button", { name: /^Activity/ }).click();
    const pane = page.getByRole("dialog", { name: "Activity" });
    const card = pane.getByRole("article").filter({ hasText: "your review is overdue" }).filter({ hasText: audit.name }).filter({ hasText: "Shared service annual review" });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "review-reminder-card");
    await pane.getByRole("button", { name: "Close activity" }).click();
  });

  it("the dashboard lists overdue reviews with whether they were reminded and escalated", async () => {
    const page = await pageAs(changeManager.email);
    await page.goto(`${stack.origin}/dashboard`);
    const table = page.getByRole("table", { name: "Overdue reviews" });
    await table.waitFor({ timeout: 30_000 });
    const row = table.getByRole("row").filter({ hasText: audit.name }).filter({ hasText: "shared service review" });
    await expect.poll(() => row.first().innerText()).not.toMatch(/Not yet/);
    await page.getByRole("heading", { name: "Overdue reviews" }).scrollIntoViewIfNeeded();
    await checkScreen(page, "dashboard-overdue-reviews");
  });

  it("the governance-assurance summary puts weak and no assurance first, and is printable", async () => {
    const page = await pageAs(changeManager.email);
    const year = Number(today.slice(0, 4)) - (today.slice(5) < "04-01" ? 1 : 0);
    await page.goto(`${stack.origin}/reports/assurance?year=${year}`);
    const table = page.getByRole("table", { name: `Governance assurance ${year}` });
    await table.waitFor({ timeout: 30_000 });
    const rows = (await table.getByRole("row").all()).slice(1);
    const levels = await Promise.all(rows.map(async (r) => (await r.getByRole("cell").first().innerText()).trim()));
    const rank = { "No assurance given": 0, Weak: 0, Limited: 1, Reasonable: 2, Substantial: 3 } as Record<string, number>;
    expect(levels.length).toBeGreaterThan(5);
    expect(levels.map((l) => rank[l ?? ""])).toEqual([...levels.map((l) => rank[l ?? ""])].sort((a, b) => (a ?? 9) - (b ?? 9)));
    expect(levels[0]).toMatch(/Weak|No assurance given/);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await checkScreen(page, "governance-assurance-summary");

    const out = await run("npx", ["tsx", "src/cli/main.ts", "report", "assurance", "--site", stack.siteUrl, "--as", changeManager.email, "--year", String(year), "--out", `test-results/governance-assurance-${year}.html`], { timeout: 120_000 });
    expect(out.stdout).toMatch(/^Wrote test-results\/governance-assurance-\d{4}\.html/);
    expect(out.stdout.split("\n")[1]).toMatch(/^\s+(Weak|No assurance given) — /);
  });
});
