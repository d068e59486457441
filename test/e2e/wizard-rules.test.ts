import type { SPFI } from "@pnp/sp";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPerson } from "../../src/demo-council/people";
import type { EvaluationAnswers } from "../../src/domain/evaluation/evaluation-answers";
import { findMissing } from "../../src/domain/evaluation/find-missing";
import { getBuiltInPack } from "../../src/policy/built-in-packs";
import { createSp } from "../../src/sharepoint/create-sp";
import { saveEvaluationDraft } from "../../src/sharepoint/evaluations/save-evaluation-draft";
import { startEvaluation } from "../../src/sharepoint/evaluations/start-evaluation";
import { switchPolicy } from "../../src/sharepoint/policies/switch-policy";
import { siteToday } from "../../src/sharepoint/roles/site-today";
import { currentUser } from "../../src/sharepoint/site-users";
import { launchChromium, screenshot, seriousAxeViolations } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";
import { checkStep, main, restItems, startProposal, stepHeading, waitSaved, WizardJourney } from "./support/wizard-journey";

let stack: Stack;
let browser: Browser;
let journey: WizardJourney;

const gravesham = getBuiltInPack("gravesham")!;
const changeManager = demoPerson("change-manager");

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

const spAs = (email: string): SPFI => createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: email } });
const itemIdOf = async (list: string, title: string) =>
  (await restItems<{ Id: number }>(stack, list, `$filter=${encodeURIComponent(`Title eq '${title.replace(/'/g, "''")}'`)}&$select=Id`))[0]!.Id;

/** A complete significant-partnership evaluation under gravesham, saved as a draft through the wizard's own calls. */
async function preparedDraft(email: string, name: string, portfolio: string, directorate: string): Promise<number> {
  const sp = spAs(email);
  const me = await currentUser(sp);
  const person = { id: me.id, title: me.title, email: me.email };
  const started = await startEvaluation(sp, { name }, gravesham, person);
  const text = { text: "Considered in full with the relevant officers; set out in the partnership agreement." };
  const answers: EvaluationAnswers = {
    screening: { exclusions: [], confirmedNone: true },
    kind: { kind: "partnership" },
    basics: {
      name,
      partners: ["Kingsmere Borough Council"],
      purpose: "A joint leisure card for residents of both boroughs.",
      outcomes: "More residents using the leisure centres.",
      measuresOfSuccess: "Card holders up 20% in two years.",
      leadOfficer: person,
      directorate: await itemIdOf("Directorates", directorate),
      portfolio: await itemIdOf("Portfolios", portfolio),
      startDate: "2027-04-01",
      memberInvolvement: false,
    },
    significance: {
      facts: { urgentWithinOneMonth: false, externalCause: false, councilResource: 80000, fundamentalToCorporateObjective: false, statutory: false, publicFacing: false, memberInvolvement: false },
      scorecard: {},
    },
    money: { councilMoney: 80000 },
    risks: [{ id: "r1", title: "Low take-up", likelihood: 2, impact: 3, mitigation: "Marketing through both councils.", owner: person }],
    sections: Object.fromEntries(gravesham.sections.map((s) => [s.id, text])),
    exit: { how: "Twelve months' notice; cards lapse at their renewal date.", instigator: person },
    alternatives: { text: "Each council running its own card costs more." },
    stepReached: "review",
  };
  expect(findMissing(gravesham, answers, siteToday())).toEqual([]);
  await saveEvaluationDraft(sp, { evaluationId: started.evaluationId, etag: started.etag, answers }, gravesham, person);
  return started.arrangementId;
}

describe("submitting when a role on the route has no holder", () => {
  it("is blocked with the role the Change Manager must fill, and goes through once it is filled", async () => {
    const officer = demoPerson("hos-leisure"); // Joanne Fletcher
    const id = await preparedDraft(officer.email, "Joint leisure card with Kingsmere", "Leisure & Culture", "Communities");
    // The Change Manager removes the Leisure & Culture portfolio holder, as she may in SharePoint.
    const admin = spAs(changeManager.email);
    const leisure = await itemIdOf("Portfolios", "Leisure & Culture");
    const holders = admin.web.lists.getByTitle("RoleHolders");
    const rows = await holders.items.filter(`Title eq 'portfolio-holder' and PortfolioId eq ${leisure}`)<{ Id: number; PersonId: number }[]>();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await holders.items.getById(row.Id).delete();

    const page = await journey.pageAs(officer.email);
    await page.goto(`${stack.origin}/partnerships/${id}/evaluation?step=review`);
    await expect.poll(() => stepHeading(page).innerText(), { timeout: 30_000 }).toBe("Review and submit");
    expect(await main(page).innerText()).toContain("Everything the council's policy asks for is answered.");
    await page.getByRole("button", { name: "Submit the evaluation" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Not submitted: a role on the approval route has no holder" });
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.getByRole("list", { name: "Roles with no holder" }).innerText()).toMatch(/Cabinet Portfolio Holder.*Leisure & Culture/);
    expect(await refusal.getByRole("link", { name: /Admin page, under Role holders/ }).getAttribute("href")).toBe("/admin");
    await checkStep(page, "role-gap", refusal);
    const [arrangement] = await restItems<{ Status: string }>(stack, "Partnerships", `$filter=Id eq ${id}&$select=Status`);
    expect(arrangement!.Status).toBe("screening");
    expect(await restItems(stack, "ApprovalStages", `$filter=ArrangementId eq ${id}&$select=Id`)).toEqual([]);

    for (const row of rows) await holders.items.add({ Title: "portfolio-holder", PersonId: row.PersonId, PortfolioId: leisure });
    await page.getByRole("button", { name: "Submit the evaluation" }).click();
    const route = page.getByRole("list", { name: "Approval route created" });
    await route.waitFor({ timeout: 30_000 });
    expect(await route.innerText()).toContain("Cllr Thomas Bramley");
  });
});

describe("under dartford", () => {
  it("the significance scorecard gives major at 50% or more, and minor below", async () => {
    const admin = spAs(changeManager.email);
    const actor = await currentUser(admin);
    await switchPolicy(admin, getBuiltInPack("dartford")!, { id: actor.id, title: actor.title, email: actor.email }, "Wizard test: dartford's scorecard");
    try {
      const page = await journey.pageAs(demoPerson("hos-economy").email);
      await startProposal(page, stack, "Town centre regeneration board");
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Evaluation: Town centre regeneration board");
      expect(await main(page).innerText()).toContain("Judged by Dartford Borough Council");
      await page.getByRole("radio", { name: /^Partnership/ }).check();
      await waitSaved(page);
      await page.getByRole("navigation", { name: "Evaluation steps" }).getByRole("link", { name: /Significance/ }).click();
      await expect.poll(() => stepHeading(page).innerText(), { timeout: 20_000 }).toBe("Significance");
      const scorecard = main(page).getByRole("group", { name: "Partnership Significance Assessment Scorecard" });
      const boxes = await scorecard.getByRole("checkbox").all();
      expect(boxes).toHaveLength(13);
      const category = page.getByRole("region", { name: /^Category/ });
      await expect.poll(() => category.innerText()).toMatch(/Category:\s*Minor[\s\S]*Score 0%/);
      for (const box of boxes.slice(0, 7)) await box.check();
      await expect.poll(() => category.innerText()).toMatch(/Category:\s*Major[\s\S]*Major: scorecard 53\.8% \(7 of 13 criteria met\) is at least 50%[\s\S]*code 5/);
      await checkStep(page, "dartford-major", scorecard);
      await boxes[6]!.uncheck();
      await expect.poll(() => category.innerText()).toMatch(/Category:\s*Minor[\s\S]*scorecard 46\.2% \(6 of 13 criteria met\)/);
      await waitSaved(page);
      await checkStep(page, "dartford-minor", scorecard);
    } finally {
      await switchPolicy(admin, gravesham, { id: actor.id, title: actor.title, email: actor.email }, "Wizard test: back to gravesham");
    }
  });
});

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelledBy = el.getAttribute("aria-labelledby");
      const byId = labelledBy ? labelledBy.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
      return [el.getAttribute("aria-label") ?? "", byId, label, el.tagName === "BUTTON" || el.tagName === "A" ? (el.textContent ?? "") : ""].join(" ").trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe("by keyboard alone", () => {
  it("an ad hoc partnership goes from a working name to a submitted evaluation with no mouse at all", async () => {
    const page = await journey.pageAs(demoPerson("wellbeing-manager").email); // Zoe Kendrick, Communities
    await page.goto(`${stack.origin}/new`);
    await page.getByRole("textbox", { name: "Working name" }).waitFor({ timeout: 30_000 });
    const key = (k: string) => page.keyboard.press(k);

    await tabTo(page, /Working name/);
    await page.keyboard.type("Heatwave cooling centres with Age Concern");
    await tabTo(page, /None of these describes it/);
    await key("Space");
    await tabTo(page, /Next: Kind of arrangement/);
    await key("Enter");
    await page.waitForURL(/evaluation\?step=kind$/, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 20_000 }).toBe("wizard-step-heading");

    await tabTo(page, /Partnership/);
    await key("Space");
    await tabTo(page, /Next: The basics/);
    await key("Enter");
    await expect.poll(() => stepHeading(page).innerText()).toBe("The basics");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("wizard-step-heading");

    await tabTo(page, /^Partners/);
    await page.keyboard.type("Age Concern Northbrook");
    await key("Tab");
    await page.keyboard.type("Cooling centres in two community halls during heatwave alerts.");
    await tabTo(page, /^Expected outcomes/);
    await page.keyboard.type("Fewer heat-related admissions of older residents.");
    await key("Tab");
    await page.keyboard.type("Every alert day covered; visitors counted.");
    await tabTo(page, /^Directorate/);
    await page.keyboard.type("Communities");
    await key("Tab");
    await page.keyboard.type("Housing");
    await key("Tab");
    await page.keyboard.type("01072027");
    await tabTo(page, /Yes/);
    await key("ArrowRight"); // "No": councillors will not sit on its board
    await waitSaved(page);
    expect(await page.getByRole("combobox", { name: "Cabinet portfolio" }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe("Housing & Health");
    await tabTo(page, /Next: Significance/);
    await key("Enter");
    await expect.poll(() => stepHeading(page).innerText()).toBe("Significance");

    // Yes, yes (urgent, outside the council's control), £2,500, then no to every other question.
    await tabTo(page, /Yes/);
    await key("Space");
    await tabTo(page, /Yes/);
    await key("Space");
    await tabTo(page, /Council resource/);
    await page.keyboard.type("2500");
    // Fundamental to an objective, statutory, public-facing: no. (Councillors on the board was answered in the basics.)
    for (let i = 0; i < 3; i++) {
      await tabTo(page, /Yes/);
      await key("ArrowRight");
    }
    await expect.poll(() => page.getByRole("region", { name: /^Category/ }).innerText()).toMatch(/Category:\s*Ad hoc/);
    await tabTo(page, /Next: Other considerations/);
    await key("Enter");
    await expect.poll(() => stepHeading(page).innerText()).toBe("Other considerations");

    await tabTo(page, /Safeguarding/);
    await page.keyboard.type("Staff and volunteers are DBS checked; the halls' safeguarding policy applies.");
    await tabTo(page, /Data protection/);
    await page.keyboard.type("Only a head count is kept; no personal data is shared.");
    await tabTo(page, /Next: Review and submit/);
    await key("Enter");
    await expect.poll(() => stepHeading(page).innerText()).toBe("Review and submit");
    // The ad hoc "before it starts" checklist is answered here, each box by the space bar.
    for (const item of [/Safeguarding has been considered/, /GDPR and data protection/, /Internal Audit/, /audit trail/, /Lead Member is kept informed/]) {
      await tabTo(page, item);
      await key("Space");
    }
    await waitSaved(page);
    expect(await main(page).innerText()).toContain("Everything the council's policy asks for is answered.");
    await tabTo(page, /Submit the evaluation/);
    await key("Enter");
    const route = page.getByRole("list", { name: "Approval route created" });
    await route.waitFor({ timeout: 30_000 });
    expect(await route.innerText()).toMatch(/Approval by Director — Nadia Rahman\nKeep the Lead Member informed of the arrangement and its monitoring — Cllr Rajesh Mistry/);
    await screenshot(page, "wizard-keyboard-submitted");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("a significant partnership goes through all eleven steps with no mouse at all", async () => {
    const page = await journey.pageAs(demoPerson("hos-community-safety").email); // Sarah Whitfield
    await page.goto(`${stack.origin}/new`);
    await page.getByRole("textbox", { name: "Working name" }).waitFor({ timeout: 30_000 });
    const key = (k: string) => page.keyboard.press(k);
    const type = (t: string) => page.keyboard.type(t);
    const next = async (title: string) => {
      await tabTo(page, new RegExp(`Next: ${title}`));
      await key("Enter");
      await expect.poll(() => stepHeading(page).innerText(), { timeout: 20_000 }).toBe(title);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("wizard-step-heading");
    };

    await tabTo(page, /Working name/);
    await type("Night-time economy safety partnership");
    await tabTo(page, /None of these describes it/);
    await key("Space");
    await tabTo(page, /Next: Kind of arrangement/);
    await key("Enter");
    await page.waitForURL(/evaluation\?step=kind$/, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 20_000 }).toBe("wizard-step-heading");
    await tabTo(page, /Partnership/);
    await key("Space");
    await next("The basics");

    await tabTo(page, /^Partners/);
    await type("Wessex Police, Northbrook Pubwatch");
    await key("Tab");
    await type("Safer evenings in the town centre through joint patrols and taxi marshals.");
    await tabTo(page, /^Expected outcomes/);
    await type("Fewer violent incidents after dark.");
    await key("Tab");
    await type("Night-time violence down 10% a year.");
    await tabTo(page, /^Directorate/);
    await type("Communities");
    await key("Tab");
    await type("Community");
    await key("Tab");
    await type("01042027");
    await tabTo(page, /Yes/);
    await key("ArrowRight");
    await next("Significance");

    for (let i = 0; i < 2; i++) {
      await tabTo(page, /Yes/);
      await key("ArrowRight");
    }
    await tabTo(page, /Council resource/);
    await type("72000");
    for (let i = 0; i < 3; i++) {
      await tabTo(page, /Yes/);
      await key("ArrowRight");
    }
    await expect.poll(() => page.getByRole("region", { name: /^Category/ }).innerText()).toMatch(/Category:\s*Significant/);
    await next("Benefits and costs");

    await tabTo(page, /Council money/);
    await type("50000");
    await tabTo(page, /Staff time/);
    await type("22000");
    await tabTo(page, /^Benefits and costs/);
    await type("Joint patrols cost less than separate ones; the police fund the marshals.");
    await next("Risk assessment");

    await tabTo(page, /Add a risk/);
    await key("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("wizard-risks-0-title");
    await type("Licensed premises do not take part");
    await key("Tab");
    await type("3");
    await key("Tab");
    await type("3");
    await key("Tab");
    await type("Sarah");
    await key("Tab");
    await type("Pubwatch membership is a licensing condition.");
    await next("Other considerations");

    for (const section of [/^Safeguarding/, /^Data protection/, /^Equalities/, /^Climate change/]) {
      await tabTo(page, section);
      await type("Considered with the council's lead officer for this duty; recorded in the agreement.");
    }
    await next("Governance");

    const boxes = await main(page).getByRole("group", { name: "Partnership agreement: governance elements" }).getByRole("checkbox").count();
    await tabTo(page, /Eligibility for membership/);
    for (let i = 0; i < boxes; i++) {
      await key("Space");
      if (i < boxes - 1) await key("Tab");
    }
    await tabTo(page, /^Proposed governance/);
    await type("A partnership board with terms of reference, quarterly meetings and a complaints route.");
    await next("Exit strategy");

    await tabTo(page, /How the council would leave/);
    await type("Three months' notice to the board; patrols revert to each partner.");
    await tabTo(page, /instigate exit/);
    await type("Nadia");
    await next("Alternatives considered");
    await tabTo(page, /Alternatives considered/);
    await type("Each partner acting alone left gaps between patrol areas.");
    await next("Review and submit");

    await waitSaved(page);
    expect(await main(page).innerText()).toContain("Everything the council's policy asks for is answered.");
    await tabTo(page, /Submit the evaluation/);
    await key("Enter");
    const route = page.getByRole("list", { name: "Approval route created" });
    await route.waitFor({ timeout: 30_000 });
    expect(await route.innerText()).toMatch(/Imran Qureshi, Jonathan Whitlock\n.*Management Team — Rachel Nunn\n.*Cllr David Okafor, Cllr Margaret Holloway/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Submitted.");
  });
});
