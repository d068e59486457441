import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil, demoPeople } from "../../src/demo-council/index";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

// A significant partnership whose current stage is approval by its portfolio holder and the Leader.
const arrangementKey = "economic-prosperity-board";
const arrangementName = buildDemoCouncil(new Date().toISOString().slice(0, 10)).arrangements.find((a) => a.key === arrangementKey)!.record.name;
const person = (key: string) => demoPeople.find((p) => p.key === key)!;
const portfolioHolder = person("ph-regeneration");
const leader = person("leader");
const changeManager = person("change-manager");

let stack: Stack;
let browser: Browser;
let page: Page;

/**
 * The demo council is seeded straight into SharePoint, so npm start has the bot send the requests
 * for stages that were already open: the portfolio holder and the Leader each got their card.
 */
async function expectPendingRequestsSent(): Promise<void> {
  const arrangementId = stack.arrangements.get(arrangementKey)!;
  const response = await fetch(`${stack.siteUrl}/_api/web/lists/getByTitle('CardMessages')/items?$select=ArrangementId,Kind,Person/Title&$expand=Person&$top=1000`, { headers: { Accept: "application/json;odata=nometadata" } });
  const messages = ((await response.json()) as { value: { ArrangementId: number; Kind: string; Person: { Title: string } }[] }).value;
  const requested = messages.filter((m) => m.ArrangementId === arrangementId && m.Kind === "request").map((m) => m.Person.Title);
  expect(requested.sort()).toEqual([leader.title, portfolioHolder.title].sort());
}

beforeAll(async () => {
  stack = await startStack();
  await expectPendingRequestsSent();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on("pageerror", (error) => console.error("[browser]", error));
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function actAs(name: string): Promise<void> {
  await page.getByLabel("Acting as").click();
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await expect.poll(() => page.getByLabel("Acting as").innerText()).toContain(name);
}

const pane = () => page.getByRole("dialog", { name: "Activity" });
const cardAbout = (name: string) => pane().getByRole("article").filter({ hasText: name });

async function openActivity(): Promise<void> {
  await page.getByRole("button", { name: /^Activity/ }).click();
  await expect.poll(() => pane().isVisible()).toBe(true);
}

async function closeActivity(): Promise<void> {
  await pane().getByRole("button", { name: "Close activity" }).click();
  await expect.poll(() => pane().count()).toBe(0);
}

describe("approval cards in the tab's local mode", () => {
  it("the portfolio holder's Activity shows the bot's request card with the arrangement and the buttons", async () => {
    await page.goto(`${stack.origin}/`);
    await actAs(portfolioHolder.title);
    await expect.poll(() => page.getByRole("button", { name: /^Activity, \d+ new/ }).count(), { timeout: 20_000 }).toBe(1);
    await openActivity();
    const card = cardAbout(arrangementName);
    // The sent card is the current state; the assignee's refreshed view (refresh.userIds) has the buttons.
    await expect.poll(() => card.getByRole("button", { name: "Approve" }).count(), { timeout: 20_000 }).toBe(1);
    const text = await card.innerText();
    expect(text).toContain("Your approval is needed");
    expect(text).toContain(arrangementName);
    expect(await card.getByRole("link", { name: "Open the record" }).count()).toBe(1);
    await screenshot(page, "activity-request-light");
    await card.getByRole("button", { name: "Approve" }).scrollIntoViewIfNeeded();
    await screenshot(page, "activity-request-actions-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("Approve sends Teams' invoke to the bot and the card changes to the decided state", async () => {
    const card = cardAbout(arrangementName);
    await card.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => card.getByRole("button", { name: "Approve" }).count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toMatch(/approved/i);
    expect(await card.innerText()).toContain(portfolioHolder.title);
    await screenshot(page, "activity-decided-light");
  });

  it("stays readable and accessible in the dark theme", async () => {
    await closeActivity();
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await openActivity();
    await expect.poll(() => cardAbout(arrangementName).count()).toBe(1);
    await screenshot(page, "activity-decided-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await closeActivity();
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Light" }).click();
  });

  it("the Leader approves too; back as the Change Manager the register shows the arrangement active", async () => {
    await actAs(leader.title);
    await openActivity();
    const card = cardAbout(arrangementName);
    await expect.poll(() => card.getByRole("button", { name: "Approve" }).count(), { timeout: 20_000 }).toBe(1);
    await card.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => card.getByRole("button", { name: "Approve" }).count(), { timeout: 20_000 }).toBe(0);
    await closeActivity();
    await actAs(changeManager.title);
    await page.goto(`${stack.origin}/`);
    const row = page.getByRole("row", { name: new RegExp(arrangementName) });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/Active/);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, "activity-register-after");
  });

  it("the record link on a card opens the record in the tab", async () => {
    await openActivity();
    const card = pane().getByRole("article").filter({ hasText: arrangementName }).first();
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await card.getByRole("link", { name: "Open the record" }).click();
    await page.waitForURL(`${stack.origin}/partnerships/${stack.arrangements.get(arrangementKey)}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 20_000 }).toBe(arrangementName);
  });
});
