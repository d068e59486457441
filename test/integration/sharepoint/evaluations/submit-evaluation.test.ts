import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvaluationAnswers } from "../../../../src/domain/evaluation/evaluation-answers";
import type { PersonRef } from "../../../../src/domain/records/person-ref";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { decide } from "../../../../src/sharepoint/approvals/decide";
import { MissingAnswersError, RoleGapError, EvaluationClosedError } from "../../../../src/sharepoint/evaluations/evaluation-errors";
import { readEvaluation, readEvaluationDraft } from "../../../../src/sharepoint/evaluations/read-evaluation";
import { reopenEvaluation } from "../../../../src/sharepoint/evaluations/reopen-evaluation";
import { saveEvaluationDraft } from "../../../../src/sharepoint/evaluations/save-evaluation-draft";
import { startEvaluation } from "../../../../src/sharepoint/evaluations/start-evaluation";
import { submitEvaluation } from "../../../../src/sharepoint/evaluations/submit-evaluation";
import { eq } from "../../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import { significantPartnershipAnswers } from "../../../support/evaluation-answers";
import { startEvaluationSite, today, type EvaluationSite } from "./evaluation-site";

const gravesham = getBuiltInPack("gravesham")!;
const lead = "hos-economy";
let site: EvaluationSite;
let me: PersonRef;
let answers: EvaluationAnswers;

/** Starts a proposal as the lead officer, saves the answers as its draft, and answers the ids and draft ETag. */
async function draftWith(name: string, filled: EvaluationAnswers, pack = gravesham) {
  const sp = site.as(lead);
  const started = await startEvaluation(sp, { name }, pack, me);
  const saved = await saveEvaluationDraft(sp, { evaluationId: started.evaluationId, etag: started.etag, answers: { ...filled, basics: { ...filled.basics, name } } }, pack, me);
  return { ...started, etag: saved.etag };
}

beforeAll(async () => {
  site = await startEvaluationSite();
  me = await site.person(lead);
  answers = significantPartnershipAnswers({ lead: me, directorate: await site.directorateId("Place"), portfolio: await site.portfolioId("Regeneration & Economy") });
}, 120_000);
afterAll(async () => {
  await site?.close();
});

describe("submitting an evaluation creates the approval route the council's policy gives", () => {
  it("a gravesham significant partnership submitted by its lead officer creates opinion stages for the deputy monitoring officer and section 151 officer, a Management Team meeting stage, and approval by the portfolio holder and the Leader, each assigned to the right person", async () => {
    const draft = await draftWith("Food Waste Partnership", answers);
    const result = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);

    // Who the demo council's RoleHolders list says holds each role for Regeneration & Economy, in Place.
    const who = async (key: string) => (await site.person(key)).id;
    expect(result.state).toBe("awaiting-opinions");
    expect(result.stages.map((s) => ({ type: s.type, roles: s.roles, assignees: s.assignees.map((p) => p.id) }))).toEqual([
      { type: "opinion", roles: ["deputy-monitoring-officer", "section-151-officer"], assignees: [await who("deputy-monitoring-officer"), await who("dir-corporate")] },
      { type: "meeting", roles: ["management-team"], assignees: [await who("ceo-office")] },
      { type: "approval", roles: ["portfolio-holder", "leader"], assignees: [await who("ph-regeneration"), await who("leader")] },
    ]);
    const holders = await repositoryFor(site.as("change-manager"), "RoleHolders").query({ select: ["Title", "Person", "Portfolio"] });
    const holderOf = (role: string, portfolioId?: number) =>
      holders.filter((h) => h.record.roleId === role && h.record.portfolioId === portfolioId && !h.record.activeTo).map((h) => h.record.person!.id);
    expect(result.stages[2]!.assignees.map((p) => p.id)).toEqual([...holderOf("portfolio-holder", answers.basics!.portfolio), ...holderOf("leader")]);

    // The first stage is open (its cards go out), the later ones wait behind it, as the bot expects.
    const stored = await repositoryFor(site.as(lead), "ApprovalStages").query({ filter: eq("ArrangementId", result.arrangementId), orderBy: [{ field: "StageOrder" }] });
    expect(stored.map((s) => [s.record.order, s.record.status, s.record.requestedAt !== undefined, s.record.evaluationId, s.record.routePurpose])).toEqual([
      [1, "pending", true, draft.evaluationId, "entry"],
      [2, "pending", false, draft.evaluationId, "entry"],
      [3, "pending", false, draft.evaluationId, "entry"],
    ]);
    expect(result.opened).toEqual([stored[0]!.id]);

    const arrangement = (await repositoryFor(site.as(lead), "Partnerships").getById(result.arrangementId)).record;
    expect(arrangement).toMatchObject({
      name: "Food Waste Partnership",
      status: "awaiting-opinions",
      category: "significant",
      portfolioId: answers.basics!.portfolio,
      directorateId: answers.basics!.directorate,
      councilContribution: 65000,
      startDate: "2027-04-01",
      partners: [{ name: "Dartford Borough Council" }, { name: "Kent County Council" }],
      policyPackId: "gravesham",
      policyVersion: gravesham.version,
    });
    expect(arrangement.leadOfficer?.id).toBe(me.id);
    expect(arrangement.exitInstigator?.id).toBe(me.id);
    expect(arrangement.exitStrategy).toMatch(/Twelve months' notice/);
    const risks = await repositoryFor(site.as(lead), "Risks").query({ filter: eq("ArrangementId", result.arrangementId) });
    expect(risks.map((r) => r.record)).toEqual([expect.objectContaining({ title: "Partner withdraws funding", likelihood: 2, impact: 4, status: "open" })]);

    // Every write is in the audit trail, in the submitting officer's name.
    const trail = await auditLogFor(site.as(lead)).query({ filter: eq("ArrangementId", result.arrangementId) });
    const submitted = trail.filter((e) => e.record.reason?.startsWith("Evaluation submitted by") || e.record.reason?.startsWith("Risk assessed"));
    expect(submitted.map((e) => e.record.listTitle).sort()).toEqual(["ApprovalStages", "ApprovalStages", "ApprovalStages", "Evaluations", "Partnerships", "Risks"]);
    expect(new Set(submitted.map((e) => e.record.by?.id))).toEqual(new Set([me.id]));
  });

  it("the evaluation is frozen with the pack version, category, score and reasons", async () => {
    const draft = await draftWith("Frozen Partnership", answers);
    await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);
    const { evaluation, etag } = await readEvaluation(site.as(lead), draft.evaluationId);
    expect(evaluation).toMatchObject({ status: "submitted", policyPackId: "gravesham", policyVersion: gravesham.version, category: "significant" });
    expect(evaluation.submittedBy?.id).toBe(me.id);
    expect(evaluation.reasons).toContainEqual({ rule: "category", text: expect.stringMatching(/^Significant: council resource £65,000 is at least £50,000/), cite: "framework 1.11b" });
    expect(evaluation.reasons).toContainEqual(expect.objectContaining({ rule: "route", cite: "framework 2.14a" }));
    // gravesham categorises by rules, not a scorecard, so there is no score to freeze
    expect(evaluation.score).toBeUndefined();
    await expect(saveEvaluationDraft(site.as(lead), { evaluationId: draft.evaluationId, etag, answers: {} }, gravesham, me)).rejects.toThrow(EvaluationClosedError);
  });

  it("submit is refused with the list of what is missing, and nothing is written", async () => {
    const draft = await draftWith("Half-done Partnership", { ...answers, exit: {} });
    const error = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAnswersError);
    expect((error as MissingAnswersError).missing.map((m) => m.field)).toEqual(["exit.how", "exit.instigator"]);
    expect((await readEvaluation(site.as(lead), draft.evaluationId)).evaluation.status).toBe("draft");
    expect(await repositoryFor(site.as(lead), "ApprovalStages").query({ filter: eq("ArrangementId", draft.arrangementId) })).toEqual([]);
  });

  it("after submission the existing bot decision code records the first opinion on a stage it created", async () => {
    const draft = await draftWith("Opinions Partnership", answers);
    const result = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);
    const first = result.stages[0]!;
    const dmo = await site.person("deputy-monitoring-officer");
    const decided = await decide(site.as("deputy-monitoring-officer"), { stageId: first.id, actor: dmo, verb: "opinion", inputs: { view: "supports", opinion: "Lawful under the general power of competence." } });
    expect(decided.outcome).toBe("decided");
    let stage = (await repositoryFor(site.as(lead), "ApprovalStages").getById(first.id)).record;
    expect(stage.status).toBe("pending");
    expect(stage.decisions?.map((d) => d.by.id)).toEqual([dmo.id]);

    const s151 = await site.person("dir-corporate");
    const second = await decide(site.as("dir-corporate"), { stageId: first.id, actor: s151, verb: "opinion", inputs: { view: "concerns", opinion: "Affordable if the lease is shared." } });
    expect(second).toMatchObject({ outcome: "decided", state: "awaiting-approval", opened: [result.stages[1]!.id] });
    stage = (await repositoryFor(site.as(lead), "ApprovalStages").getById(first.id)).record;
    expect(stage.status).toBe("recorded");
    expect((await repositoryFor(site.as(lead), "ApprovalStages").getById(result.stages[1]!.id)).record.requestedAt).toBeDefined();
    expect((await repositoryFor(site.as(lead), "Partnerships").getById(result.arrangementId)).record.status).toBe("awaiting-approval");
  });

  it("a dartford proposal is categorised major or minor by its scorecard", async () => {
    const dartford = getBuiltInPack("dartford")!;
    const criteria = dartford.categorisation[0]!.scorecard!.criteria.map((c) => c.id);
    const dartfordAnswers = (met: number): EvaluationAnswers => ({
      ...answers,
      significance: {
        facts: { councilIsAccountableBody: false, unbudgetedCommitment: false, sharesPersonalInformation: true },
        scorecard: Object.fromEntries(criteria.map((id, i) => [id, i < met])),
      },
      sections: Object.fromEntries(dartford.sections.map((s) => [s.id, { text: `Our answer on ${s.name.toLowerCase()}.` }])),
    });
    const major = await draftWith("Major Partnership", dartfordAnswers(9), dartford);
    const minor = await draftWith("Minor Partnership", dartfordAnswers(2), dartford);
    const majorResult = await submitEvaluation(site.as(lead), { evaluationId: major.evaluationId, etag: major.etag }, dartford, me, today);
    await submitEvaluation(site.as(lead), { evaluationId: minor.evaluationId, etag: minor.etag }, dartford, me, today);

    const frozenMajor = (await readEvaluation(site.as(lead), major.evaluationId)).evaluation;
    const frozenMinor = (await readEvaluation(site.as(lead), minor.evaluationId)).evaluation;
    expect(frozenMajor).toMatchObject({ category: "major", score: 69.2, policyPackId: "dartford" });
    expect(frozenMinor).toMatchObject({ category: "minor", score: 15.4 });
    expect(frozenMajor.reasons).toContainEqual(expect.objectContaining({ rule: "category", text: "Major: scorecard 69.2% (9 of 13 criteria met) is at least 50%" }));
    // council money is committed, so the Section 151 Officer's opinion comes before the decision (code 12(iv))
    expect(majorResult.stages.map((s) => [s.type, s.roles])).toEqual([["opinion", ["section-151-officer"]], ["approval", ["decision-maker"]]]);
    expect(majorResult.stages[1]!.assignees.map((p) => p.id)).toEqual([(await site.person("chief-executive")).id]);
    expect((await repositoryFor(site.as(lead), "Partnerships").getById(majorResult.arrangementId)).record).toMatchObject({ category: "major", score: 69.2 });
  });

  it("an ad hoc partnership goes to the director of its directorate, and its Lead Member is told only once it is approved (2.14c)", async () => {
    const adHoc: EvaluationAnswers = {
      screening: answers.screening,
      kind: { kind: "partnership" },
      basics: { ...answers.basics, directorate: await site.directorateId("Communities"), portfolio: await site.portfolioId("Housing & Health") },
      significance: { facts: { urgentWithinOneMonth: true, externalCause: true, councilResource: 0, fundamentalToCorporateObjective: false, statutory: false, publicFacing: false, memberInvolvement: false }, scorecard: {} },
      sections: { safeguarding: { text: "Rest centre staff are DBS checked" }, "data-protection": { text: "Evacuee lists shared under the civil contingencies exemption" } },
    };
    const draft = await draftWith("Flood Rest Centre Arrangement", adHoc);
    const result = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);
    expect(result.state).toBe("awaiting-approval");
    expect(result.stages.map((s) => [s.type, s.roles, s.assignees.map((p) => p.id), s.status, s.requestedAt !== undefined])).toEqual([
      ["approval", ["director"], [(await site.person("dir-communities")).id], "pending", true],
      ["inform", ["lead-member"], [(await site.person("ph-housing")).id], "pending", false],
    ]);
  });

  it("a working group is on the register at once: the policy asks no approval of it (2.15-2.16)", async () => {
    const group: EvaluationAnswers = {
      screening: answers.screening,
      kind: { kind: "working-group" },
      basics: answers.basics,
      sections: Object.fromEntries(["terms-of-reference", "decision-making", "safeguarding", "data-protection"].map((id) => [id, { text: `Our ${id.replace(/-/g, " ")}.` }])),
    };
    const draft = await draftWith("Kent Waste Officers Group", group);
    const result = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);
    expect(result).toMatchObject({ state: "active", stages: [], opened: [] });
    const arrangement = (await repositoryFor(site.as(lead), "Partnerships").getById(result.arrangementId)).record;
    expect(arrangement).toMatchObject({ status: "active", kind: "working-group" });
    expect(arrangement.statusReason).toMatch(/the policy asks for no approval/);
  });

  it("an evaluation sent back for changes is reopened and resubmitted with a fresh route", async () => {
    const draft = await draftWith("Resubmitted Partnership", answers);
    const first = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today);
    const dmo = await site.person("deputy-monitoring-officer");
    const asked = await decide(site.as("deputy-monitoring-officer"), { stageId: first.stages[0]!.id, actor: dmo, verb: "request-changes", inputs: { comment: "Say which power the council relies on." } });
    expect(asked).toMatchObject({ outcome: "decided", state: "evaluation" });
    expect(await readEvaluationDraft(site.as(lead), first.arrangementId)).toBeNull();

    const reopened = await reopenEvaluation(site.as(lead), first.arrangementId, gravesham, me);
    expect(reopened.evaluationId).not.toBe(draft.evaluationId);
    const { evaluation } = await readEvaluation(site.as(lead), reopened.evaluationId);
    expect(evaluation.answers.basics?.legalPower).toBe(answers.basics!.legalPower);
    const changed = { ...evaluation.answers, basics: { ...evaluation.answers.basics, legalPower: "Localism Act 2011, s.1 (general power of competence)" } };
    const saved = await saveEvaluationDraft(site.as(lead), { evaluationId: reopened.evaluationId, etag: reopened.etag, answers: changed }, gravesham, me);
    const again = await submitEvaluation(site.as(lead), { evaluationId: reopened.evaluationId, etag: saved.etag }, gravesham, me, today);

    expect(again.state).toBe("awaiting-opinions");
    expect(again.stages.map((s) => s.id)).not.toContain(first.stages[0]!.id);
    const stages = await repositoryFor(site.as(lead), "ApprovalStages").query({ filter: eq("ArrangementId", first.arrangementId), orderBy: [{ field: "Id" }] });
    expect(stages.map((s) => [s.record.evaluationId, s.record.status])).toEqual([
      [draft.evaluationId, "changes-requested"],
      [draft.evaluationId, "cancelled"],
      [draft.evaluationId, "cancelled"],
      [reopened.evaluationId, "pending"],
      [reopened.evaluationId, "pending"],
      [reopened.evaluationId, "pending"],
    ]);
    const onNewRoute = await decide(site.as("deputy-monitoring-officer"), { stageId: again.stages[0]!.id, actor: dmo, verb: "opinion", inputs: { view: "supports", opinion: "The power is now stated." } });
    expect(onNewRoute.outcome).toBe("decided");
    expect((await readEvaluation(site.as(lead), draft.evaluationId)).evaluation.answers.basics?.legalPower).toBe(answers.basics!.legalPower);
  });

  // Last: it takes the Regeneration & Economy portfolio holder away.
  it("a missing role holder blocks submission and names the role", async () => {
    const draft = await draftWith("Unheld Partnership", answers);
    const admin = site.as("change-manager");
    const holders = repositoryFor(admin, "RoleHolders");
    const rows = (await holders.query({ select: ["Title", "Person", "Portfolio", "ActiveTo"] })).filter(
      (r) => r.record.roleId === "portfolio-holder" && r.record.portfolioId === answers.basics!.portfolio,
    );
    for (const row of rows) await holders.delete(row.id, row.etag, await site.person("change-manager"));

    const error = await submitEvaluation(site.as(lead), { evaluationId: draft.evaluationId, etag: draft.etag }, gravesham, me, today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoleGapError);
    expect((error as RoleGapError).roles).toEqual([
      expect.objectContaining({ roleId: "portfolio-holder", scope: "portfolio", scopeName: "Regeneration & Economy", label: "Cabinet Portfolio Holder for Regeneration & Economy", stages: ["Approval by Cabinet Portfolio Holder and Leader of the Executive"] }),
    ]);
    expect((error as RoleGapError).message).toBe(
      "Nobody holds the role of Cabinet Portfolio Holder for Regeneration & Economy, which the approval route needs, so the evaluation was not submitted and nothing was saved. Ask the Change Manager to add the holder in Role holders, then submit again.",
    );
    expect((await readEvaluation(site.as(lead), draft.evaluationId)).evaluation.status).toBe("draft");
    expect(await repositoryFor(site.as(lead), "ApprovalStages").query({ filter: eq("ArrangementId", draft.arrangementId) })).toEqual([]);
    expect((await repositoryFor(site.as(lead), "Partnerships").getById(draft.arrangementId)).record.status).toBe("screening");
  });
});
