import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPerson } from "../../src/demo-council/people";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";
import {
  answerBasics,
  answerYesNo,
  checkStep,
  currentStep,
  fillTextAreas,
  goNext,
  main,
  restItems,
  saveStatus,
  shownSteps,
  startProposal,
  stepHeading,
  waitSaved,
  WizardJourney,
} from "./support/wizard-journey";

let stack: Stack;
let browser: Browser;
let journey: WizardJourney;

const leadOfficer = demoPerson("hos-environment"); // Michael Dunmore, Head of Environment and Waste (Place)

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  journey = new WizardJourney(stack, browser);
});

afterAll(async () => {
  await journey?.close();
  await browser?.close();
  await stack?.close();
});

const cctv = {
  partners: "Kingsmere Borough Council\nWessex Police",
  purpose: "Extend CCTV coverage to Kingsmere town centre from the shared control room.",
  outcomes: "Less anti-social behaviour in the town centre at night.",
  measures: "Recorded incidents down 15% within two years.",
  sponsor: "Andrew Fairbairn",
  directorate: "Place",
  portfolio: "Community Safety & Environment",
  start: "2027-04-01",
  end: "2030-03-31",
  councillorsOnBoard: false,
};

interface StageRow {
  Title: string;
  StageOrder: number;
  StageType: string;
  Status: string;
  Assignees: { Title: string }[];
}

describe("the evaluation wizard under gravesham", () => {
  it("takes a significant partnership from a working name to a submitted evaluation, routed to the right people", async () => {
    const page = await journey.pageAs(leadOfficer.email);
    await page.goto(`${stack.origin}/new`);
    await page.getByRole("textbox", { name: "Working name" }).waitFor({ timeout: 30_000 });
    expect(await currentStep(page).innerText()).toMatch(/^1\. Is it a partnership\?/);
    await page.getByRole("textbox", { name: "Working name" }).fill("Kingsmere Town Centre CCTV Partnership");
    await page.getByRole("checkbox", { name: /None of these describes it/ }).check();
    await checkStep(page, "01-screening");
    await page.getByRole("button", { name: /^Next:/ }).click();
    await page.waitForURL(/\/partnerships\/\d+\/evaluation\?step=kind$/, { timeout: 30_000 });
    const id = Number(/\/partnerships\/(\d+)\//.exec(page.url())![1]);

    await expect.poll(() => stepHeading(page).innerText(), { timeout: 20_000 }).toBe("Kind of arrangement");
    expect(await currentStep(page).getAttribute("aria-current")).toBe("step");
    await page.getByRole("radio", { name: /^Partnership/ }).check();
    await waitSaved(page);
    await checkStep(page, "02-kind");
    await goNext(page, "The basics");

    await answerBasics(page, cctv);
    await waitSaved(page);
    await checkStep(page, "03-basics");
    await goNext(page, "Significance");

    // The category follows the answers live, with the rule behind it in plain words.
    await answerYesNo(page);
    const category = page.getByRole("region", { name: /^Category/ });
    await expect.poll(() => category.innerText()).toMatch(/Category:\s*Other/);
    await page.getByRole("textbox", { name: "Council resource" }).fill("65000");
    await expect.poll(() => category.innerText()).toMatch(/Category:\s*Significant[\s\S]*council resource £65,000 is at least £50,000[\s\S]*framework 1\.11b/);
    expect(await category.innerText()).toMatch(/Opinions of Deputy Monitoring Officer and Section 151 Officer[\s\S]*Management Team[\s\S]*Approval by Cabinet Portfolio Holder and Leader/);
    await waitSaved(page);
    await checkStep(page, "04-significance");
    expect(await shownSteps(page)).toEqual([
      "Is it a partnership?",
      "Kind of arrangement",
      "The basics",
      "Significance",
      "Benefits and costs",
      "Risk assessment",
      "Other considerations",
      "Governance",
      "Exit strategy",
      "Alternatives considered",
      "Review and submit",
    ]);
    await goNext(page, "Benefits and costs");

    await page.getByRole("textbox", { name: "Council money" }).fill("40000");
    await page.getByRole("textbox", { name: "Staff time" }).fill("25000");
    await page.getByRole("textbox", { name: "Council money" }).fill("about 40k");
    expect(await main(page).innerText()).toContain("Enter council money as an amount in pounds, like 12000.");
    await page.getByRole("textbox", { name: "Council money" }).fill("40000");
    await fillTextAreas(page, "Fewer incidents and a shared control room; costs as above, funded from the community safety budget.");
    await waitSaved(page);
    await checkStep(page, "05-benefits-costs");
    await goNext(page, "Risk assessment");

    await page.getByRole("button", { name: "Add a risk" }).click();
    await page.getByRole("textbox", { name: "Risk", exact: true }).fill("A partner withdraws its funding");
    await page.getByRole("combobox", { name: "Likelihood" }).selectOption("3");
    await page.getByRole("combobox", { name: "Impact" }).selectOption("4");
    await page.getByRole("combobox", { name: "Owner" }).selectOption({ label: "Michael Dunmore" });
    await page.getByRole("textbox", { name: "Mitigation" }).fill("A three-year funding agreement signed before the start.");
    expect(await main(page).innerText()).toContain("Score 12 of 25");
    await waitSaved(page);
    await checkStep(page, "06-risks");
    await goNext(page, "Other considerations");

    // The pack's own section names, with its citations.
    expect(await main(page).innerText()).toMatch(/Safeguarding[\s\S]*framework 2\.3, 3\.3a[\s\S]*Data protection \(GDPR\)[\s\S]*Equalities[\s\S]*Climate change/);
    await fillTextAreas(page, "Considered with the relevant officer; the council's policies apply and are in the agreement.");
    await waitSaved(page);
    await checkStep(page, "07-considerations");
    await goNext(page, "Governance");

    const checklist = main(page).getByRole("group", { name: "Partnership agreement: governance elements" });
    expect(await checklist.innerText()).toContain("(framework 4.3a)");
    for (const box of await checklist.getByRole("checkbox").all()) await box.check();
    await fillTextAreas(page, "A partnership agreement sets out the board, decisions, conflicts of interest and complaints.");
    await waitSaved(page);
    await checkStep(page, "08-governance");
    await goNext(page, "Exit strategy");

    await page.getByRole("textbox", { name: "How the council would leave" }).fill("Six months' notice to the partners; the control room link is switched off.");
    await page.getByRole("textbox", { name: "Notice" }).fill("Six months, in writing to the board.");
    await page.getByRole("combobox", { name: /instigate exit/ }).selectOption({ label: "Andrew Fairbairn" });
    await waitSaved(page);
    await checkStep(page, "09-exit");
    await goNext(page, "Alternatives considered");

    await fillTextAreas(page, "The police acting alone lack coverage; a contract was considered but would cost more.");
    await waitSaved(page);
    await checkStep(page, "10-alternatives");
    await goNext(page, "Review and submit");

    expect(await main(page).innerText()).toContain("Everything the council's policy asks for is answered.");
    expect(await main(page).innerText()).toMatch(/Cabinet portfolio\s+Community Safety & Environment/);
    await checkStep(page, "11-review");
    await page.getByRole("button", { name: "Submit the evaluation" }).click();
    const route = page.getByRole("list", { name: "Approval route created" });
    await route.waitFor({ timeout: 30_000 });
    expect(await route.innerText()).toMatch(
      /Opinions of Deputy Monitoring Officer and Section 151 Officer — Imran Qureshi, Jonathan Whitlock\nLead officer presents the proposal to Management Team — Rachel Nunn\nApproval by Cabinet Portfolio Holder and Leader of the Executive — Cllr David Okafor, Cllr Margaret Holloway/,
    );
    await checkStep(page, "12-submitted");

    // The ApprovalStages list, as the Change Manager sees it in SharePoint.
    const stages = await restItems<StageRow>(stack, "ApprovalStages", `$filter=ArrangementId eq ${id}&$select=Title,StageOrder,StageType,Status,Assignees/Title&$expand=Assignees&$orderby=StageOrder`);
    expect(stages.map((s) => [s.StageOrder, s.StageType, s.Assignees.map((a) => a.Title).sort()])).toEqual([
      [1, "opinion", ["Imran Qureshi", "Jonathan Whitlock"]],
      [2, "meeting", ["Rachel Nunn"]],
      [3, "approval", ["Cllr David Okafor", "Cllr Margaret Holloway"]],
    ]);
    expect(stages[0]!.Status).toBe("pending");
    const [arrangement] = await restItems<{ Status: string; Category: string; PolicyVersion: string }>(stack, "Partnerships", `$filter=Id eq ${id}&$select=Status,Category,PolicyVersion`);
    expect(arrangement).toMatchObject({ Status: "awaiting-opinions", Category: "significant", PolicyVersion: "1.0.0" });

    // The record's approvals timeline shows the same route.
    await page.getByRole("link", { name: "Open the record to follow its approvals" }).click();
    await page.getByRole("tab", { name: "Approvals" }).click();
    await expect.poll(() => page.getByRole("tabpanel").innerText(), { timeout: 20_000 }).toMatch(/Imran Qureshi[\s\S]*Rachel Nunn[\s\S]*David Okafor/);
  });

  it("shows an ad hoc partnership only what the policy demands of it: safeguarding and data protection", async () => {
    const page = await journey.pageAs(demoPerson("emergency-planning-manager").email);
    const id = await startProposal(page, stack, "Flood rest centre with Riverside Churches");
    await page.getByRole("radio", { name: /^Partnership/ }).check();
    await goNext(page, "The basics");
    await answerBasics(page, { ...cctv, partners: "Riverside Churches Together", purpose: "Rest centre for residents evacuated by the river flooding.", directorate: "Communities", portfolio: "Housing & Health" });
    // A value that cannot stand is named at its field, in plain words, as soon as it is typed.
    await page.getByRole("textbox", { name: "Planned end date" }).fill("2026-01-31");
    const endDate = page.getByRole("textbox", { name: "Planned end date" });
    await expect.poll(() => endDate.getAttribute("aria-invalid")).toBe("true");
    expect(await main(page).innerText()).toContain("The planned end date is before the start date.");
    await endDate.fill("2027-10-31");
    await expect.poll(() => main(page).innerText()).not.toContain("The planned end date is before the start date.");
    await goNext(page, "Significance");
    await answerYesNo(page, [/within one month/, /outside the council/]);
    await page.getByRole("textbox", { name: "Council resource" }).fill("3000");
    await expect.poll(() => page.getByRole("region", { name: /^Category/ }).innerText()).toMatch(/Category:\s*Ad hoc/);
    await waitSaved(page);
    expect(await shownSteps(page)).toEqual(["Is it a partnership?", "Kind of arrangement", "The basics", "Significance", "Other considerations", "Review and submit"]);
    await goNext(page, "Other considerations");
    const labels = await main(page).locator("textarea").evaluateAll((areas) => areas.map((a) => document.querySelector(`label[for="${a.id}"]`)?.textContent?.replace(/\s*\*$/, "")));
    expect(labels).toEqual(["Safeguarding", "Data protection (GDPR)"]);
    expect(await stepHeading(page).evaluate((h) => h.parentElement?.textContent)).toContain("Required for an ad hoc partnership: Safeguarding, Data protection (GDPR) (framework 2.13, 4.5)");
    await screenshot(page, "wizard-ad-hoc-considerations");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Left unanswered, they are listed on the review, each a link that puts the keyboard on the field.
    await goNext(page, "Review and submit");
    const missing = page.getByRole("list", { name: "What is missing" });
    expect(await missing.innerText()).toMatch(/Other considerations: Write the Safeguarding section .* required for an ad hoc partnership \(framework 2\.13, 4\.5\)/);
    await page.getByRole("button", { name: "Submit the evaluation" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("missing-heading");
    await checkStep(page, "ad-hoc-review-missing", missing);
    await missing.getByRole("link", { name: /Write the Data protection \(GDPR\) section/ }).click();
    await expect.poll(() => stepHeading(page).innerText()).toBe("Other considerations");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("wizard-sections-data-protection");
    await page.keyboard.type("No personal data is shared; only a head count is kept.");
    expect(await main(page).innerText()).toContain("Write the Safeguarding section");
    expect(await restItems(stack, "ApprovalStages", `$filter=ArrangementId eq ${id}&$select=Id`)).toEqual([]);
  });

  it("loses nothing on a reload mid-way, nor while the connection is lost, and My drafts resumes it", async () => {
    const page = await journey.pageAs(leadOfficer.email);
    const id = await startProposal(page, stack, "Street cleansing trial with Kingsmere");
    await page.getByRole("radio", { name: /^Partnership/ }).check();
    await goNext(page, "The basics");
    await page.getByRole("textbox", { name: "Purpose", exact: true }).fill("A joint street cleansing trial on the borough boundary.");
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => page.getByRole("textbox", { name: "Purpose", exact: true }).inputValue(), { timeout: 30_000 }).toBe("A joint street cleansing trial on the borough boundary.");

    // Reloaded before the autosave fired: the words were kept on the device and are saved now.
    await page.getByRole("textbox", { name: "Expected outcomes" }).fill("Cleaner boundary roads");
    await page.reload();
    await expect.poll(() => page.getByRole("textbox", { name: "Expected outcomes" }).inputValue(), { timeout: 30_000 }).toBe("Cleaner boundary roads");
    await waitSaved(page);

    // Offline: said politely, kept on the device, saved when the connection returns.
    await page.context().setOffline(true);
    await page.getByRole("textbox", { name: "Measures of success" }).fill("Complaints about litter halved");
    await expect.poll(() => saveStatus(page).innerText(), { timeout: 20_000 }).toBe(
      "Offline — your changes are kept on this device and will be saved when the connection returns",
    );
    expect(await saveStatus(page).getAttribute("aria-live")).toBe("polite");
    await screenshot(page, "wizard-offline");
    await page.context().setOffline(false);
    await waitSaved(page);
    const [evaluation] = await restItems<{ Answers: string }>(stack, "Evaluations", `$filter=ArrangementId eq ${id}&$select=Answers`);
    expect(JSON.parse(evaluation!.Answers).basics).toMatchObject({
      purpose: "A joint street cleansing trial on the borough boundary.",
      outcomes: "Cleaner boundary roads",
      measuresOfSuccess: "Complaints about litter halved",
    });

    await page.goto(`${stack.origin}/my-work`);
    const drafts = page.getByRole("list", { name: "Draft evaluations" });
    await drafts.waitFor({ timeout: 30_000 });
    expect(await drafts.innerText()).toMatch(/Street cleansing trial with Kingsmere\s+Got as far as: The basics/);
    await screenshot(page, "wizard-my-drafts");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await drafts.getByRole("link", { name: "Street cleansing trial with Kingsmere" }).click();
    await expect.poll(() => stepHeading(page).innerText(), { timeout: 30_000 }).toBe("The basics");
    expect(await page.getByRole("textbox", { name: "Measures of success" }).inputValue()).toBe("Complaints about litter halved");
  });

  it("records a proposal that is not a partnership as screened out, with the reason and what applies instead", async () => {
    const page = await journey.pageAs(leadOfficer.email);
    await page.goto(`${stack.origin}/new`);
    await page.getByRole("textbox", { name: "Working name" }).waitFor({ timeout: 30_000 });
    await page.getByRole("textbox", { name: "Working name" }).fill("Grounds maintenance contract for the parks");
    await page.getByRole("checkbox", { name: /A contract for services/ }).check();
    const stop = page.getByText("This is not a partnership, so the evaluation stops here");
    await stop.waitFor();
    expect(await main(page).innerText()).toContain("What applies instead: the contract is governed by Contract Standing Orders and procurement rules instead (framework 1.19).");
    expect(await page.getByRole("button", { name: /^Next:/ }).count()).toBe(0);
    await checkStep(page, "screened-out-choice");
    await page.getByRole("button", { name: "Record as screened out" }).click();
    await page.getByText("“Grounds maintenance contract for the parks” is recorded as screened out").waitFor({ timeout: 30_000 });
    await screenshot(page, "wizard-screened-out");
    const [row] = await restItems<{ Status: string; StatusReason: string }>(stack, "Partnerships", `$filter=Title eq 'Grounds maintenance contract for the parks'&$select=Status,StatusReason`);
    expect(row).toMatchObject({ Status: "screened-out" });
    expect(row!.StatusReason).toMatch(/A contract for services or client-contractor contract[\s\S]*Contract Standing Orders/);
  });

  it("gives the same draft open in two pages a conflict message naming who saved, and overwrites nothing", async () => {
    const first = await journey.pageAs(leadOfficer.email);
    const id = await startProposal(first, stack, "Shared depot with Westmarch");
    await first.getByRole("radio", { name: /^Partnership/ }).check();
    await goNext(first, "The basics");
    await waitSaved(first);
    const second = await journey.pageAs(leadOfficer.email);
    await second.goto(`${stack.origin}/partnerships/${id}/evaluation?step=basics`);
    await expect.poll(() => stepHeading(second).innerText(), { timeout: 30_000 }).toBe("The basics");

    await first.getByRole("textbox", { name: "Purpose", exact: true }).fill("One depot for both councils' fleets, saved first.");
    await waitSaved(first);
    await second.getByRole("textbox", { name: "Purpose", exact: true }).fill("Typed in the second tab on a stale copy.");
    const conflict = second.getByRole("alert").filter({ hasText: "Someone else changed this evaluation" });
    await conflict.waitFor({ timeout: 20_000 });
    expect(await conflict.innerText()).toMatch(/Michael Dunmore changed this evaluation at \d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}\. Your latest changes were not saved over theirs/);
    expect(await saveStatus(second).innerText()).toBe("Not saved — someone else changed this evaluation");
    const stored = async () => JSON.parse((await restItems<{ Answers: string }>(stack, "Evaluations", `$filter=ArrangementId eq ${id}&$select=Answers`))[0]!.Answers).basics.purpose;
    expect(await stored()).toBe("One depot for both councils' fleets, saved first.");
    await checkStep(second, "conflict");

    await conflict.getByRole("button", { name: "Load their version" }).click();
    await expect.poll(() => second.getByRole("textbox", { name: "Purpose", exact: true }).inputValue(), { timeout: 20_000 }).toBe("One depot for both councils' fleets, saved first.");
    const mine = second.getByRole("list", { name: "Your changes that were not saved" });
    expect(await mine.innerText()).toContain("The basics — Purpose: Typed in the second tab on a stale copy.");
    await screenshot(second, "wizard-conflict-loaded");
    expect(await seriousAxeViolations(second)).toEqual([]);
    expect(await stored()).toBe("One depot for both councils' fleets, saved first.");
  });
});
