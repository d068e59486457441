import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot, seriousAxeViolations } from "./browser";
import type { Stack } from "./start-stack";

/**
 * Steps of the evaluation wizard as an officer takes them, for the wizard's browser tests: each
 * helper does what a person would (type, tick, choose) and waits for what they would see.
 */
export class WizardJourney {
  readonly contexts: BrowserContext[] = [];
  constructor(
    private readonly stack: Stack,
    private readonly browser: Browser,
  ) {}

  /** A browser of one person (the local person switcher's cookie), with a British locale. */
  async pageAs(email: string): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB", timezoneId: "Europe/London" });
    this.contexts.push(context);
    await context.addCookies([{ name: "local-user", value: encodeURIComponent(email), url: this.stack.origin }]);
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error("[browser]", error));
    return page;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

export const main = (page: Page) => page.getByRole("main");
export const stepHeading = (page: Page) => page.locator("#wizard-step-heading");
export const saveStatus = (page: Page) => page.getByTestId("save-status");

/** The step list's current step, read from `aria-current="step"`. */
export const currentStep = (page: Page) => page.getByRole("navigation", { name: "Evaluation steps" }).locator('[aria-current="step"]');

/** The titles of the steps the step list shows, in order. */
export async function shownSteps(page: Page): Promise<string[]> {
  const items = await page.getByRole("navigation", { name: "Evaluation steps" }).getByRole("listitem").allInnerTexts();
  return items.map((t) => t.split("\n")[0]!.replace(/^\d+\.\s*/, "").trim());
}

/** Waits until the draft is saved (the polite status says "Saved hh:mm"). */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => saveStatus(page).innerText(), { timeout: 20_000 }).toMatch(/^Saved \d\d:\d\d$/);
}

export async function goNext(page: Page, expected: string): Promise<void> {
  await page.getByRole("button", { name: /^Next:/ }).click();
  await expect.poll(() => stepHeading(page).innerText(), { timeout: 20_000 }).toBe(expected);
}

async function theme(page: Page, name: "Light" | "Dark"): Promise<void> {
  await page.getByRole("combobox", { name: "Theme" }).click();
  await page.getByRole("option", { name }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(name.toLowerCase());
}

/** A screenshot of the step in light and dark themes, with no serious or critical axe violation in either. */
export async function checkStep(page: Page, shot: string, at?: Locator): Promise<void> {
  await page.waitForTimeout(300);
  if (at) await at.evaluate((el) => el.scrollIntoView({ block: "center" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `wizard-${shot}`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await theme(page, "Dark");
  await screenshot(page, `wizard-${shot}-dark`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await theme(page, "Light");
}

/** `/new`: a working name, then either "none of these applies" and on to the kind, or an exclusion. */
export async function startProposal(page: Page, stack: Stack, name: string): Promise<number> {
  await page.goto(`${stack.origin}/new`);
  const nameBox = page.getByRole("textbox", { name: "Working name" });
  await nameBox.waitFor({ timeout: 30_000 });
  await nameBox.fill(name);
  await page.getByRole("checkbox", { name: /None of these describes it/ }).check();
  await page.getByRole("button", { name: /^Next:/ }).click();
  await page.waitForURL(/\/partnerships\/\d+\/evaluation\?step=kind$/, { timeout: 30_000 });
  await expect.poll(() => stepHeading(page).innerText(), { timeout: 20_000 }).toBe("Kind of arrangement");
  return Number(/\/partnerships\/(\d+)\//.exec(page.url())![1]);
}

export interface Basics {
  partners: string;
  purpose: string;
  outcomes: string;
  measures: string;
  sponsor?: string;
  directorate: string;
  portfolio: string;
  start: string;
  end?: string;
  councillorsOnBoard: boolean;
}

export async function answerBasics(page: Page, b: Basics): Promise<void> {
  const box = (name: string) => page.getByRole("textbox", { name, exact: true });
  await box("Partners").fill(b.partners);
  await box("Purpose").fill(b.purpose);
  await box("Expected outcomes").fill(b.outcomes);
  await box("Measures of success").fill(b.measures);
  await page.getByRole("checkbox", { name: /^CP1/ }).check();
  if (b.sponsor) await page.getByRole("combobox", { name: "Sponsoring officer" }).selectOption({ label: b.sponsor });
  await page.getByRole("combobox", { name: "Directorate" }).selectOption({ label: b.directorate });
  await page.getByRole("combobox", { name: "Cabinet portfolio" }).selectOption({ label: b.portfolio });
  await box("Start date").fill(b.start);
  if (b.end) await box("Planned end date").fill(b.end);
  await page.getByRole("radiogroup", { name: /councillors sit on/ }).getByRole("radio", { name: b.councillorsOnBoard ? "Yes" : "No" }).check();
}

/** Answers each yes/no question of the significance step: those named `yes`, the rest no. */
export async function answerYesNo(page: Page, yes: RegExp[] = []): Promise<void> {
  const groups = main(page).getByRole("radiogroup");
  for (const group of await groups.all()) {
    const name = (await group.getAttribute("aria-labelledby")) ? await group.evaluate((g) => document.getElementById(g.getAttribute("aria-labelledby")!)?.textContent ?? "") : "";
    await group.getByRole("radio", { name: yes.some((r) => r.test(name)) ? "Yes" : "No" }).check();
  }
}

/** Fills every empty text area on the step with a sentence. */
export async function fillTextAreas(page: Page, text: string): Promise<void> {
  for (const area of await main(page).locator("textarea").all()) {
    if (!(await area.inputValue())) await area.fill(text);
  }
}

/** REST reads of the stand-in, as the Change Manager would see the lists in SharePoint. */
export async function restItems<T>(stack: Stack, list: string, query: string): Promise<T[]> {
  const response = await fetch(`${stack.siteUrl}/_api/web/lists/getByTitle('${list}')/items?${query}`, { headers: { Accept: "application/json;odata=nometadata" } });
  if (!response.ok) throw new Error(`${list}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: T[] }).value;
}
