import type { SPFI } from "@pnp/sp";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDemoCouncil } from "../../src/demo-council/index";
import { isFinal, stateLabels } from "../../src/domain/lifecycle/states";
import { createSp } from "../../src/sharepoint/create-sp";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

let stack: Stack;
let browser: Browser;
let page: Page;
/** The Change Manager editing the lists directly in SharePoint, as DOMAIN.md says she may. */
let sp: SPFI;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => console.error("[browser]", error));
  sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: "laura.pennington@northbrook.example" } });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const main = () => page.getByRole("main");

async function theme(name: "Light" | "Dark"): Promise<void> {
  await page.getByLabel("Theme").click();
  await page.getByRole("option", { name }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(name.toLowerCase());
}

async function checkBothThemes(shot: string): Promise<void> {
  await theme("Light");
  await screenshot(page, `${shot}-light`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await theme("Dark");
  await screenshot(page, `${shot}-dark`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await theme("Light");
}

async function openAdmin(panel: "Role holders" | "Policy pack" | "Data problems"): Promise<void> {
  await page.goto(`${stack.origin}/admin`);
  await page.getByRole("tab", { name: panel }).click();
  await expect.poll(() => page.getByRole("tab", { name: panel }).getAttribute("aria-selected"), { timeout: 20_000 }).toBe("true");
}

describe("the dashboard", () => {
  it("counts the demo council's arrangements by status, category and directorate, with charts loaded lazily", async () => {
    const demo = buildDemoCouncil(new Date().toISOString().slice(0, 10)).arrangements.map((a) => a.record);
    await page.goto(`${stack.origin}/dashboard`);
    const byStatus = page.getByRole("list", { name: "Arrangements by status" });
    await byStatus.waitFor({ timeout: 20_000 });
    const active = demo.filter((a) => a.status === "active").length;
    expect(await byStatus.getByRole("listitem").filter({ hasText: stateLabels.active }).first().innerText()).toMatch(new RegExp(`^Active\\s+${active}$`));
    const current = demo.filter((a) => !isFinal(a.status)).length;
    expect(await page.getByRole("list", { name: "At a glance" }).getByRole("listitem").first().innerText()).toMatch(new RegExp(`^Current arrangements\\s+${current}$`));
    const significant = demo.filter((a) => a.category === "significant" && !isFinal(a.status)).length;
    expect(await page.getByRole("list", { name: "Current arrangements by category" }).getByRole("listitem").filter({ hasText: "Significant" }).innerText()).toMatch(new RegExp(`${significant}$`));
    expect(await page.getByRole("list", { name: "Current arrangements by directorate" }).getByRole("listitem").count()).toBe(3);
    expect(await page.getByRole("list", { name: "Council money committed a year, by directorate" }).innerText()).toMatch(/£[\d,]+/);
    // Reviews and approvals link to their records.
    const overdue = page.getByRole("table", { name: "Reviews overdue and due soon" }).getByRole("row").filter({ hasText: "Overdue by" });
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().getByRole("link").getAttribute("href")).toMatch(/^\/partnerships\/\d+$/);
    expect(await page.getByRole("table", { name: "Approvals pending" }).getByRole("row").nth(1).innerText()).toMatch(/\d+ days/);
    await checkBothThemes("dashboard");
  });
});

describe("admin, for the Change Manager", () => {
  it("shows the pack's roles with their holders, and a gap once a holder is removed", async () => {
    await openAdmin("Role holders");
    const s151 = () => page.getByRole("table", { name: /Roles of/ }).getByRole("row", { name: /Section 151 Officer/ });
    await expect.poll(() => s151().first().innerText(), { timeout: 20_000 }).toContain("Jonathan Whitlock");
    await checkBothThemes("admin-roles");

    const rows = await sp.web.lists.getByTitle("RoleHolders").items.filter("Title eq 'section-151-officer'")<{ Id: number; PersonId: number }[]>();
    for (const row of rows) await sp.web.lists.getByTitle("RoleHolders").items.getById(row.Id).delete();
    await page.reload();
    await expect.poll(() => s151().first().innerText(), { timeout: 20_000 }).toContain("No holder today");
    expect(await main().innerText()).toContain("A role has no holder today");
    await screenshot(page, "admin-role-gap");
    // Every screen that needs the role says so: the dashboard too.
    await page.goto(`${stack.origin}/dashboard`);
    await expect.poll(() => main().innerText(), { timeout: 20_000 }).toContain("Section 151 Officer");
    expect(await main().innerText()).toContain("A role has no holder today");
    await screenshot(page, "dashboard-role-gap");
    for (const row of rows) await sp.web.lists.getByTitle("RoleHolders").items.add({ Title: "section-151-officer", PersonId: row.PersonId });
  });

  it("checks a broken pack and shows each problem at its JSON path", async () => {
    await openAdmin("Policy pack");
    const broken = JSON.parse(await import("node:fs/promises").then((fs) => fs.readFile("src/policy/packs/dartford.json", "utf8")));
    broken.version = "one";
    broken.routes[0].stages[0].roles = ["treasurer"];
    await page.getByRole("textbox", { name: "Pack JSON" }).fill(JSON.stringify(broken, null, 2));
    await page.getByRole("button", { name: "Check this pack" }).click();
    const problems = page.getByRole("list", { name: "Problems in the pack" });
    await problems.waitFor();
    await problems.scrollIntoViewIfNeeded();
    expect(await problems.innerText()).toContain("$.version");
    await screenshot(page, "admin-pack-problems");
    await page.getByRole("textbox", { name: "Pack JSON" }).fill("{ not json");
    await page.getByRole("button", { name: "Check this pack" }).click();
    expect(await main().innerText()).toContain("This is not valid JSON");
  });

  it("switches the pack to dartford after asking, and back again", async () => {
    await openAdmin("Policy pack");
    for (const [choice, name] of [[/^Dartford/, "Dartford Borough Council"], [/^Gravesham/, "Gravesham Borough Council"]] as const) {
      await page.getByRole("radio", { name: choice }).check();
      await page.getByRole("button", { name: "Switch to the chosen pack…" }).click();
      const dialog = page.getByRole("alertdialog");
      expect(await dialog.innerText()).toContain(`Switch the policy pack to ${name}?`);
      if (name.startsWith("Dartford")) await screenshot(page, "admin-switch-confirm");
      await dialog.getByRole("button", { name: "Switch pack" }).click();
      await expect.poll(() => main().innerText(), { timeout: 20_000 }).toContain(`${name}, version 1.0.0, is now the council's policy pack.`);
      expect(await page.getByRole("tab", { name: "Policy pack" }).getAttribute("aria-selected")).toBe("true");
      if (name.startsWith("Dartford")) await checkBothThemes("admin-policy");
    }
    const stored = await sp.web.lists.getByTitle("Policies").items.select("Title", "Active")<{ Title: string; Active: boolean }[]>();
    expect(stored.filter((p) => p.Active).map((p) => p.Title)).toEqual(["gravesham"]);
  });

  it("lists a row made bad in SharePoint among the data problems, linked to its record", async () => {
    const id = stack.arrangements.get("county-waste-partnership")!;
    await sp.web.lists.getByTitle("Partnerships").items.getById(id).update({ Partners: '[{"name": "Wessex County Council"' });
    await openAdmin("Data problems");
    const row = page.getByRole("table", { name: "Data problems" }).getByRole("row", { name: /Wessex County Waste Partnership/ });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.innerText()).toMatch(/Partnerships\s+Wessex County Waste Partnership\s+Partners\s+.*JSON/);
    expect(await row.getByRole("link").getAttribute("href")).toBe(`/partnerships/${id}`);
    await checkBothThemes("admin-data-problems");
  });
});

describe("a new proposal", () => {
  it("shows the CCTV partnership as similar while typing, and starts the evaluation wizard on a new register entry, by keyboard", async () => {
    await page.goto(`${stack.origin}/dashboard`);
    await page.getByRole("link", { name: "Propose a new arrangement" }).click();
    await page.waitForURL(`${stack.origin}/new`);
    const name = page.getByRole("textbox", { name: "Working name" });
    await name.focus();
    await page.keyboard.type("CCTV");
    const similar = page.getByRole("list", { name: "Similar arrangements on the register" });
    await similar.waitFor({ timeout: 10_000 });
    expect(await similar.getByRole("link").first().innerText()).toBe("Northbrook and Westmarch CCTV Partnership");
    expect(await similar.innerText()).toContain("similar name");
    // Going on too soon says what is needed, at the field.
    await page.getByRole("button", { name: /^Next:/ }).press("Enter");
    expect(await main().innerText()).toContain("Tick what describes the proposal, or confirm that none of these does.");
    await checkBothThemes("proposal-similar");

    await name.focus();
    await page.keyboard.type(" for Kingsmere town centre");
    await page.getByRole("checkbox", { name: /None of these describes it/ }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: /^Next:/ }).press("Enter");
    await page.waitForURL(/\/partnerships\/\d+\/evaluation\?step=kind$/, { timeout: 20_000 });
    const id = Number(/\/partnerships\/(\d+)\//.exec(page.url())![1]);
    const saved = await sp.web.lists.getByTitle("Partnerships").items.getById(id).select("Title", "Status", "Kind", "PolicyPackId", "PolicyVersion", "LeadOfficer/EMail").expand("LeadOfficer")<Record<string, unknown>>();
    expect(saved).toMatchObject({ Title: "CCTV for Kingsmere town centre", Status: "screening", PolicyPackId: "gravesham", PolicyVersion: "1.0.0", LeadOfficer: { EMail: "laura.pennington@northbrook.example" } });
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 20_000 }).toBe("Evaluation: CCTV for Kingsmere town centre");
  });
});
