import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPerson } from "../../src/demo-council/people";
import { createSp } from "../../src/sharepoint/create-sp";
import { PermissionError } from "../../src/sharepoint/errors/permission-error";
import { readArrangementRecord } from "../../src/sharepoint/record/read-record";
import { saveArrangementChanges } from "../../src/sharepoint/record/save-arrangement";
import { currentUser } from "../../src/sharepoint/site-users";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

const leadOfficer = demoPerson("hos-environment"); // Michael Dunmore, lead officer of the waste partnership
const changeManager = demoPerson("change-manager"); // Laura Pennington
const otherOfficer = demoPerson("hos-revenues"); // Kevin Marsh: no standing on the waste partnership
const waste = "Wessex County Waste Partnership";

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.close();
});

/** A browser of one person (the local person switcher's cookie), as a second officer's laptop would be. */
async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
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

async function openRecord(page: Page, key: string): Promise<void> {
  await page.goto(`${stack.origin}/partnerships/${recordId(key)}`);
  await page.getByRole("tab", { name: "Overview" }).waitFor({ timeout: 20_000 });
}

const panel = (page: Page) => page.getByRole("tabpanel");
const purposeViaRest = async (id: number) => {
  const response = await fetch(`${stack.siteUrl}/_api/web/lists/getByTitle('Partnerships')/items(${id})?$select=Purpose,AreaOfWork`, { headers: { Accept: "application/json;odata=nometadata" } });
  return (await response.json()) as { Purpose: string; AreaOfWork: string };
};

describe("the partnership record", () => {
  it("opens from the register and shows every section with the demo data", async () => {
    const page = await pageAs(changeManager.email);
    await page.goto(`${stack.origin}/`);
    await page.getByRole("link", { name: waste }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 20_000 }).toBe(waste);
    expect(await page.getByRole("main").innerText()).toMatch(/Why this category:\s+Significant/);
    const sections: [string, RegExp][] = [
      ["Overview", /Responsible officer\s+Michael Dunmore[\s\S]*Council resources made available/],
      ["Governance", /governance elements[\s\S]*Exit strategy[\s\S]*Who at the council instigates exit\s+Andrew Fairbairn/],
      ["Risks", /Open risks by likelihood[\s\S]*Risk register/],
      ["Performance & money", /Household waste recycled[\s\S]*over budget/],
      ["People", /Representatives[\s\S]*Cllr David Okafor[\s\S]*Declarations of interest/],
      ["Reviews", /Review calendar[\s\S]*Reviews recorded/],
      ["Approvals", /Approval timeline/],
      ["Audit trail", /recorded changes? to this arrangement/],
    ];
    for (const [tab, shows] of sections) {
      await page.getByRole("tab", { name: tab }).click();
      await expect.poll(() => panel(page).innerText(), { timeout: 20_000 }).toMatch(shows);
      await page.waitForTimeout(400); // let the tab's selection indicator finish moving
      await screenshot(page, `record-${tab.toLowerCase().replace(/[^a-z]+/g, "-")}`);
    }
    // The sections are tabs a keyboard reaches: arrow keys move along them and select.
    await page.getByRole("tab", { name: "Governance" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Risks" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Risks");
    expect(await page.getByRole("table", { name: /Open risks by likelihood/ }).getByRole("row").count()).toBe(6);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("shows the approval timeline with opinions and their view", async () => {
    const page = await pageAs(changeManager.email);
    await openRecord(page, "station-quarter");
    await page.getByRole("tab", { name: "Approvals" }).click();
    await expect.poll(() => panel(page).innerText(), { timeout: 20_000 }).toMatch(/1\. Opinions of[\s\S]*Has concerns[\s\S]*2\. /);
    await screenshot(page, "record-approvals-timeline");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("lets the lead officer edit a field by keyboard alone, and the change survives a reload", async () => {
    const page = await pageAs(leadOfficer.email);
    await openRecord(page, "county-waste-partnership");
    await page.getByRole("button", { name: "Edit" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("edit-name");

    // Bad input first: every problem is named at its field and in a summary that links to it.
    const termsOfReference = await page.getByLabel("Terms of reference (web address)").inputValue();
    const plannedEnd = await page.getByLabel("Planned end date").inputValue();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.getByLabel("Terms of reference (web address)").fill("sharepoint/tor");
    await page.getByLabel("Planned end date").fill("2001-01-01");
    await page.getByRole("button", { name: "Save changes" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "nothing has been saved yet" });
    await expect.poll(() => summary.innerText()).toMatch(/There are 3 problems/);
    expect(await summary.innerText()).toMatch(/Name: Enter the name\.[\s\S]*web address starting https:\/\/[\s\S]*The planned end date is before the start date\./);
    expect(await page.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await screenshot(page, "record-edit-errors");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await summary.getByRole("link", { name: /^Name:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("edit-name");

    // Put it right by keyboard: the name, then two tabs to the area of work, and Enter saves.
    await page.keyboard.type(waste);
    await page.getByLabel("Terms of reference (web address)").fill(termsOfReference);
    await page.getByLabel("Planned end date").fill(plannedEnd);
    await page.getByLabel("Name").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("edit-areaOfWork");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Waste collection, disposal and recycling");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Your changes were saved." }).count(), { timeout: 20_000 }).toBe(1);
    await page.reload();
    await expect.poll(() => panel(page).innerText(), { timeout: 20_000 }).toContain("Waste collection, disposal and recycling");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(waste);
    expect((await purposeViaRest(recordId("county-waste-partnership"))).AreaOfWork).toBe("Waste collection, disposal and recycling");
    expect(await panel(page).innerText()).toMatch(/Terms of reference\s+Terms of reference/);
    await screenshot(page, "record-saved");
  });

  it("tells a second officer holding a stale copy who changed it and when, and overwrites nothing", async () => {
    const id = recordId("county-waste-partnership");
    const first = await pageAs(leadOfficer.email);
    const second = await pageAs(changeManager.email);
    await openRecord(first, "county-waste-partnership");
    await openRecord(second, "county-waste-partnership");
    await second.getByRole("button", { name: "Edit" }).click();
    await second.getByLabel("Purpose").fill("The Change Manager's wording, typed on a stale copy");

    await first.getByRole("button", { name: "Edit" }).click();
    await first.getByLabel("Purpose").fill("The lead officer's wording, saved first");
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => first.getByRole("status").filter({ hasText: "Your changes were saved." }).count(), { timeout: 20_000 }).toBe(1);

    await second.getByRole("button", { name: "Save changes" }).click();
    const conflict = second.getByRole("alert").filter({ hasText: "changed this arrangement" });
    await expect.poll(() => conflict.count(), { timeout: 20_000 }).toBe(1);
    expect(await conflict.innerText()).toMatch(/Michael Dunmore changed this arrangement at \d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}\. Reload to see their changes; what you typed is kept below\./);
    expect(await second.getByLabel("Purpose").inputValue()).toBe("The Change Manager's wording, typed on a stale copy");
    expect((await purposeViaRest(id)).Purpose).toBe("The lead officer's wording, saved first");
    await screenshot(second, "record-conflict");
    expect(await seriousAxeViolations(second)).toEqual([]);

    await conflict.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => second.getByRole("main").innerText(), { timeout: 20_000 }).toContain("The lead officer's wording, saved first");
    expect(await second.getByRole("main").innerText()).toMatch(/What you typed is kept[\s\S]*The Change Manager's wording, typed on a stale copy/);
    await screenshot(second, "record-conflict-reloaded");
    expect((await purposeViaRest(id)).Purpose).toBe("The lead officer's wording, saved first");
  });

  it("offers no Edit to someone who may not change the record, and refuses their direct write", async () => {
    const id = recordId("county-waste-partnership");
    const page = await pageAs(otherOfficer.email);
    await openRecord(page, "county-waste-partnership");
    expect(await page.getByRole("button", { name: "Edit" }).count()).toBe(0);
    expect(await page.getByRole("main").innerText()).toContain("Only the lead officer (Michael Dunmore), the sponsoring officer (Andrew Fairbairn) or the Change Manager can change it.");
    await screenshot(page, "record-read-only");

    const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: otherOfficer.email } });
    const { etag } = (await readArrangementRecord(sp, id)).arrangement;
    const before = await purposeViaRest(id);
    const me = await currentUser(sp);
    const write = saveArrangementChanges(sp, id, { purpose: "Kevin's unauthorised wording" }, etag, { id: me.id, title: me.title, email: me.email });
    await expect(write).rejects.toSatisfy((e) => PermissionError.is(e) && /Only the lead officer, the sponsoring officer or the Change Manager/.test((e as Error).message));
    expect(await purposeViaRest(id)).toEqual(before);
  });

  it("stays accessible in the dark theme, sections and edit form alike", async () => {
    const page = await pageAs(changeManager.email);
    await openRecord(page, "county-waste-partnership");
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    for (const tab of ["Overview", "Risks", "Performance & money", "Approvals"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForTimeout(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.getByRole("tab", { name: "Risks" }).click();
    await page.waitForTimeout(400);
    await screenshot(page, "record-risks-dark");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Total budget (£)").fill("lots");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "problem" }).count()).toBe(1);
    await screenshot(page, "record-edit-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
