import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../src/demo-council/index";
import { demoPerson } from "../../src/demo-council/people";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

// An active gravesham partnership in the Regeneration & Economy portfolio: its Lead Member decides an exit (framework 5.3).
const arrangementKey = "town-centre-bid";
const arrangementName = buildDemoCouncil(new Date().toISOString().slice(0, 10)).arrangements.find((a) => a.key === arrangementKey)!.record.name;
const leadOfficer = demoPerson("hos-economy");
const leadMember = demoPerson("ph-regeneration");

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(leadOfficer.email), url: stack.origin }]);
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const recordUrl = () => `${stack.origin}/partnerships/${stack.arrangements.get(arrangementKey)}`;
const form = () => page.getByRole("form", { name: "Begin the exit" });

async function actAs(name: string): Promise<void> {
  await page.getByLabel("Acting as").click();
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await expect.poll(() => page.getByLabel("Acting as").innerText()).toContain(name);
}

async function setTheme(name: "Dark" | "Light"): Promise<void> {
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name }).click();
}

describe("the exit journey", () => {
  it("the lead officer reaches the exit from the record's Begin exit action, by keyboard", async () => {
    await page.goto(recordUrl());
    const begin = page.getByRole("link", { name: "Begin exit" });
    await begin.waitFor({ timeout: 90_000 });
    await begin.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${recordUrl()}/exit`);
    await form().waitFor({ timeout: 60_000 });
    const heading = await page.getByRole("heading", { level: 1 }).innerText();
    expect(heading).toBe(`Begin the exit of ${arrangementName}`);
    // Who decides, as the council's policy names them: the Lead Member, then Cabinet is told.
    const who = await page.getByRole("region", { name: /Who decides/ }).innerText();
    expect(who).toContain(`Lead Member (${leadMember.title})`);
    expect(who).toMatch(/Told once it is decided: Cabinet/);
  }, 180_000);

  it("every missing detail is named at its field, the first one focused; light and dark are accessible", async () => {
    await form().getByRole("button", { name: "Begin the exit" }).click();
    await expect.poll(() => form().innerText()).toContain("Choose the reason for the exit from the council's list.");
    const text = await form().innerText();
    expect(text).toContain("Say what notice is given");
    expect(text).toContain("Say which services or schemes continue");
    expect(text).toContain("or write \"None\"");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("exit-reasonId");
    await screenshot(page, "exit-form-errors-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await setTheme("Dark");
    await screenshot(page, "exit-form-errors-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await setTheme("Light");
  }, 120_000);

  it("by keyboard: the exit's details are typed and the exit begins; the record is exiting", async () => {
    await page.locator("#exit-reasonId").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#exit-reasonId").inputValue()).toBe("poor-value");
    const type = async (id: string, words: string) => {
      await page.locator(`#${id}`).focus();
      await page.keyboard.type(words);
    };
    await type("exit-notice", "Six months' written notice to the BID company, ending 31 March.");
    await type("exit-succession", "The town centre wardens continue, funded by the BID company alone.");
    await type("exit-liabilities", "None after the final quarter's contribution.");
    await type("exit-assets", "The footfall counters pass to the BID company.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const done = page.getByRole("status").filter({ hasText: "The exit has begun" });
    await expect.poll(() => done.count(), { timeout: 30_000 }).toBe(1);
    expect(await done.innerText()).toContain(leadMember.title);
    await screenshot(page, "exit-begun-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Open the record" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 30_000 }).toBe(arrangementName);
    expect(await page.getByText("Exiting", { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Begin exit" }).count()).toBe(0);
  }, 120_000);

  it("the Lead Member approves the exit from the card in the Activity pane", async () => {
    await actAs(leadMember.title);
    await page.getByRole("button", { name: /^Activity/ }).click();
    const pane = page.getByRole("dialog", { name: "Activity" });
    const card = pane.getByRole("article").filter({ hasText: "This is a decision to end the arrangement" }).filter({ hasText: arrangementName });
    await expect.poll(() => card.getByRole("button", { name: "Approve the exit" }).count(), { timeout: 30_000 }).toBe(1);
    const text = await card.innerText();
    expect(text).toContain("Not giving good value for the money and time put into it");
    expect(text).toContain("Six months' written notice to the BID company");
    expect(text).toContain("The footfall counters pass to the BID company.");
    await screenshot(page, "exit-card-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const approve = card.getByRole("button", { name: "Approve the exit" });
    await approve.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => card.getByRole("button", { name: "Approve the exit" }).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => card.innerText(), { timeout: 30_000 }).toContain("Exit approved");
    await screenshot(page, "exit-card-decided-light");
    await pane.getByRole("button", { name: "Close activity" }).click();
  }, 120_000);

  it("back as the lead officer: the record shows Ended, and the register lists it under ended", async () => {
    await actAs(leadOfficer.title);
    await page.goto(recordUrl());
    await expect.poll(() => page.getByText("Ended", { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, "exit-record-ended-light");
    await page.goto(`${stack.origin}/?status=ended`);
    const row = page.getByRole("row", { name: new RegExp(arrangementName) });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    expect(await row.innerText()).toMatch(/Ended/);
    await screenshot(page, "exit-register-ended-light");
    await setTheme("Dark");
    await screenshot(page, "exit-register-ended-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await setTheme("Light");
  }, 120_000);
});
