import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPerson } from "../../src/demo-council/people";
import { decide } from "../../src/sharepoint/approvals/decide";
import { createSp } from "../../src/sharepoint/create-sp";
import { eq } from "../../src/sharepoint/odata";
import { repositoryFor } from "../../src/sharepoint/repositories";
import { currentUser } from "../../src/sharepoint/site-users";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

// A significant partnership waiting for its portfolio holder's and the Leader's approval.
const arrangementKey = "economic-prosperity-board";
const portfolioHolder = demoPerson("ph-regeneration");
const comment = "Say how the council would leave if the board's funding ends.";

let stack: Stack;
let browser: Browser;
let page: Page;
let arrangementId: number;
let arrangementName: string;

/** The portfolio holder asks for changes, as their card's "Request changes" would. */
async function portfolioHolderAsksForChanges(): Promise<string> {
  const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: portfolioHolder.email } });
  const me = await currentUser(sp);
  const stages = await repositoryFor(sp, "ApprovalStages").query({ filter: eq("ArrangementId", arrangementId), orderBy: [{ field: "StageOrder" }] });
  const open = stages.find((s) => s.record.type === "approval" && s.record.status === "pending" && s.record.requestedAt && (s.record.assignees ?? []).some((a) => a.id === me.id))!;
  const result = await decide(sp, { stageId: open.id, actor: { id: me.id, title: me.title, email: me.email }, verb: "request-changes", inputs: { comment } });
  expect(result.outcome).toBe("decided");
  const arrangement = await repositoryFor(sp, "Partnerships").getById(arrangementId);
  expect(arrangement.record.status).toBe("evaluation");
  arrangementName = arrangement.record.name!;
  return arrangement.record.leadOfficer!.email!;
}

beforeAll(async () => {
  stack = await startStack();
  arrangementId = stack.arrangements.get(arrangementKey)!;
  const leadOfficerEmail = await portfolioHolderAsksForChanges();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  await context.addCookies([{ name: "local-user", value: encodeURIComponent(leadOfficerEmail), url: stack.origin }]);
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("[browser]", error));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe("changes asked for by an approver", () => {
  it("bring the lead officer back to the wizard with the comments, and reopen the evaluation with the last answers", async () => {
    await page.goto(`${stack.origin}/partnerships/${arrangementId}`);
    await page.getByRole("link", { name: /Continue the evaluation/ }).click({ timeout: 90_000 });
    const asked = page.getByText("Changes were asked for");
    await asked.waitFor({ timeout: 30_000 });
    expect(await page.getByRole("main").innerText()).toContain(comment);
    await screenshot(page, "wizard-changes-asked");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // By keyboard: focus the button and press Enter.
    await page.getByRole("button", { name: "Reopen the evaluation to make the changes" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/Step \d+ of 11/i).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Screening and kind were settled when it was first submitted; the name comes from the register.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(`Evaluation: ${arrangementName}`);
    const stepList = page.getByRole("navigation", { name: /steps/i });
    expect(await stepList.innerText()).toMatch(/Is it a partnership\?\s*Done/);
    await screenshot(page, "wizard-reopened");

    const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: demoPerson("change-manager").email } });
    const evaluations = await repositoryFor(sp, "Evaluations").query({ filter: eq("ArrangementId", arrangementId), orderBy: [{ field: "Id", ascending: false }] });
    // The submitted evaluation stays as the record of what was decided; a new draft carries the answers on.
    expect(evaluations.map((e) => e.record.status)).toEqual(["draft", "submitted"]);
    expect(evaluations[0]!.record.answers).toBeTruthy();
  });
});
