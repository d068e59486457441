import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPerson } from "../../src/demo-council/people";
import { createSp } from "../../src/sharepoint/create-sp";
import { eq } from "../../src/sharepoint/odata";
import { repositoryFor } from "../../src/sharepoint/repositories";
import { currentUser } from "../../src/sharepoint/site-users";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

// A gravesham significant partnership: statutory opinions, then Management Team, then its portfolio holder and the Leader.
const arrangementKey = "station-quarter";
const leadOfficer = demoPerson("hos-economy");
const portfolioHolder = demoPerson("ph-regeneration");

let stack: Stack;
let browser: Browser;
let page: Page;
let arrangementId: number;
let arrangementName: string;
let meetingStageId: number;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/**
 * The demo has this partnership awaiting its statutory opinions. Both opinions are given here, as
 * SharePoint would hold them after the officers' cards, so it waits at the Management Team meeting.
 */
async function bringToManagementTeam(): Promise<void> {
  const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: demoPerson("change-manager").email } });
  const me = await currentUser(sp);
  const actor = { id: me.id, title: me.title, email: me.email };
  const stages = await repositoryFor(sp, "ApprovalStages").query({ filter: eq("ArrangementId", arrangementId), orderBy: [{ field: "StageOrder" }] });
  const opinion = stages.find((s) => s.record.type === "opinion")!;
  const meeting = stages.find((s) => s.record.type === "meeting")!;
  meetingStageId = meeting.id;
  const now = new Date().toISOString();
  const decisions = (opinion.record.assignees ?? []).map((by) => ({ by, outcome: "noted" as const, at: now }));
  await repositoryFor(sp, "ApprovalStages").update(opinion.id, { status: "recorded", decisions, decidedAt: now, decidedBy: decisions.at(-1)?.by }, opinion.etag, actor, { reason: "Test set-up: both statutory opinions given" });
  await repositoryFor(sp, "ApprovalStages").update(meeting.id, { requestedAt: now }, meeting.etag, actor, { reason: "Test set-up: Management Team is next" });
  const arrangement = await repositoryFor(sp, "Partnerships").getById(arrangementId);
  arrangementName = arrangement.record.name ?? "";
  await repositoryFor(sp, "Partnerships").update(arrangementId, { status: "awaiting-approval" }, arrangement.etag, actor, { reason: "Test set-up: opinions given" });
}

beforeAll(async () => {
  stack = await startStack();
  arrangementId = stack.arrangements.get(arrangementKey)!;
  await bringToManagementTeam();
  browser = await launchChromium();
  // A British officer's browser: dates are typed day, month, year.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(leadOfficer.email), url: stack.origin }]);
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const form = () => page.getByRole("form", { name: /Record Lead officer presents the proposal to Management Team/ });

async function openApprovals(): Promise<void> {
  await page.goto(`${stack.origin}/partnerships/${arrangementId}`);
  try {
    // The first visit compiles the record's code in Vite's dev server: generous on a busy machine.
    await page.getByRole("tab", { name: "Approvals" }).click({ timeout: 90_000 });
    await form().waitFor({ timeout: 30_000 });
  } catch (error) {
    await screenshot(page, "meeting-debug");
    throw error;
  }
}

async function actAs(name: string): Promise<void> {
  await page.getByLabel("Acting as").click();
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await expect.poll(() => page.getByLabel("Acting as").innerText()).toContain(name);
}

describe("recording a meeting stage in the record", () => {
  it("the lead officer sees the Management Team stage waiting, with a form to record it; empty fields are named at the field", async () => {
    await openApprovals();
    await form().getByRole("button", { name: "Record the meeting" }).click();
    await expect.poll(() => form().innerText()).toContain("Give the day the meeting was held.");
    expect(await form().innerText()).toContain("Give the minute reference, so the decision can be found in the minutes.");
    // The first field in error has the focus, so a keyboard user lands on it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("date");
    await form().scrollIntoViewIfNeeded();
    await screenshot(page, "meeting-form-errors-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 180_000);

  it("a stage changed by someone else meanwhile is refused with who changed it, and nothing is recorded", async () => {
    const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: demoPerson("ceo-office").email } });
    const me = await currentUser(sp);
    const stage = await repositoryFor(sp, "ApprovalStages").getById(meetingStageId);
    await repositoryFor(sp, "ApprovalStages").update(meetingStageId, { comment: "Agenda item 4" }, stage.etag, { id: me.id, title: me.title, email: me.email });
    await form().getByLabel("Date of the meeting").fill(today);
    await form().getByLabel("Minute reference").fill("MT/26/77");
    await form().getByRole("button", { name: "Record the meeting" }).click();
    const alert = form().getByRole("alert");
    await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toContain("This stage changed while you were typing");
    expect(await alert.innerText()).toContain(demoPerson("ceo-office").title);
    await screenshot(page, "meeting-form-stale-light");
  }, 180_000);

  it("by keyboard: the lead officer records the meeting; the timeline shows it and the approval stage opens", async () => {
    await openApprovals();
    // The date as a keyboard user enters it (the date field's segments follow the browser's locale).
    await form().getByLabel("Date of the meeting").fill(today);
    // The choices are a radio group: arrow keys move between them; back to "Supported".
    await form().getByRole("radio", { name: /^Supported/ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await form().getByRole("radio", { name: /^Changes asked for/ }).isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await form().getByRole("radio", { name: /^Supported/ }).isChecked()).toBe(true);
    await form().getByLabel(/^Resolution as minuted/).focus();
    await page.keyboard.type("Supported; to go forward for member approval.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("MT/26/77");
    await screenshot(page, "meeting-keyboard-filled");
    await page.keyboard.press("Enter");
    const timeline = page.getByRole("region", { name: "Approval timeline" });
    // The record is read again: the stage is recorded, so its form goes and the timeline shows the minute.
    await expect.poll(() => form().count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => timeline.innerText(), { timeout: 20_000 }).toContain(", minute MT/26/77");
    expect(await timeline.innerText()).toContain("Decision: Supported; to go forward for member approval.");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "recorded (minute MT/26/77)" }).count()).toBe(1);
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, "meeting-recorded-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 180_000);

  it("is readable and accessible in the dark theme", async () => {
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Dark" }).click();
    await page.getByRole("tab", { name: "Approvals" }).click();
    await page.getByRole("region", { name: "Approval timeline" }).scrollIntoViewIfNeeded();
    await screenshot(page, "meeting-recorded-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Theme").click();
    await page.getByRole("option", { name: "Light" }).click();
  }, 180_000);

  it("the portfolio holder then finds their approval card in the Activity pane", async () => {
    await actAs(portfolioHolder.title);
    await page.getByRole("button", { name: /^Activity/ }).click();
    const pane = page.getByRole("dialog", { name: "Activity" });
    const card = pane.getByRole("article").filter({ hasText: arrangementName });
    await expect.poll(() => card.getByRole("button", { name: "Approve" }).count(), { timeout: 30_000 }).toBe(1);
    expect(await card.innerText()).toContain("Your approval is needed");
    await screenshot(page, "meeting-next-card-light");
  }, 180_000);
});
