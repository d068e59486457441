import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonRef } from "../../../../src/domain/records/person-ref";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";
import { ConcurrencyError } from "../../../../src/sharepoint/errors/concurrency-error";
import { PermissionError } from "../../../../src/sharepoint/errors/permission-error";
import { EvaluationClosedError } from "../../../../src/sharepoint/evaluations/evaluation-errors";
import { listMyDrafts } from "../../../../src/sharepoint/evaluations/list-my-drafts";
import { readEvaluation, readEvaluationDraft } from "../../../../src/sharepoint/evaluations/read-evaluation";
import { saveEvaluationDraft } from "../../../../src/sharepoint/evaluations/save-evaluation-draft";
import { screenOutProposal } from "../../../../src/sharepoint/evaluations/screen-out-proposal";
import { startEvaluation } from "../../../../src/sharepoint/evaluations/start-evaluation";
import { eq } from "../../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../../src/sharepoint/repositories";
import { startEvaluationSite, type EvaluationSite } from "./evaluation-site";

const gravesham = getBuiltInPack("gravesham")!;
const lead = "licensing-manager";
let site: EvaluationSite;
let me: PersonRef;

beforeAll(async () => {
  site = await startEvaluationSite();
  me = await site.person(lead);
}, 120_000);
afterAll(async () => {
  await site?.close();
});

describe("an evaluation draft, kept safe while the officer works", () => {
  it("starting puts the proposal on the register in screening, led by the officer who started it", async () => {
    const started = await startEvaluation(site.as(lead), { name: "  Night-time Economy Forum " }, gravesham, me);
    const arrangement = (await repositoryFor(site.as(lead), "Partnerships").getById(started.arrangementId)).record;
    expect(arrangement).toMatchObject({ name: "Night-time Economy Forum", status: "screening", policyPackId: "gravesham", policyVersion: gravesham.version });
    expect(arrangement.leadOfficer?.id).toBe(me.id);
    const draft = await readEvaluationDraft(site.as(lead), started.arrangementId);
    expect(draft?.etag).toBe(started.etag);
    expect(draft?.evaluation).toMatchObject({ status: "draft", answers: { basics: { name: "Night-time Economy Forum" } }, problems: [] });
  });

  it("the register entry's name, kind and partners follow the draft", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Taxi Licensing Group" }, gravesham, me);
    await saveEvaluationDraft(
      site.as(lead),
      { evaluationId: started.evaluationId, etag: started.etag, answers: { kind: { kind: "working-group" }, basics: { name: "Kent Taxi Licensing Group", partners: ["Kent County Council", " "] }, stepReached: "basics" } },
      gravesham,
      me,
    );
    const arrangement = (await repositoryFor(site.as(lead), "Partnerships").getById(started.arrangementId)).record;
    expect(arrangement).toMatchObject({ name: "Kent Taxi Licensing Group", kind: "working-group", partners: [{ name: "Kent County Council" }] });
  });

  it("a stale draft save gets ConcurrencyError naming who and when", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Street Pastors" }, gravesham, me);
    const mine = await saveEvaluationDraft(site.as(lead), { evaluationId: started.evaluationId, etag: started.etag, answers: { basics: { name: "Street Pastors", purpose: "Safer nights" } } }, gravesham, me);
    // The Change Manager, who may edit any record, saves the same draft from another screen.
    const theirs = await saveEvaluationDraft(
      site.as("change-manager"),
      { evaluationId: started.evaluationId, etag: mine.etag, answers: { basics: { name: "Street Pastors", purpose: "Safer nights in the town centre" } } },
      gravesham,
      await site.person("change-manager"),
    );
    expect(theirs.etag).not.toBe(mine.etag);

    const error = await saveEvaluationDraft(site.as(lead), { evaluationId: started.evaluationId, etag: mine.etag, answers: { basics: { name: "Street Pastors", purpose: "Mine" } } }, gravesham, me).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    const conflict = error as ConcurrencyError;
    expect(conflict.changedBy?.title).toBe("Laura Pennington");
    expect(conflict.changedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(conflict.message).toMatch(/^Laura Pennington changed this evaluation at .+\. Reload to see their changes/);
    // Their answers stand; nothing of the stale save was written over them.
    expect((await readEvaluation(site.as(lead), started.evaluationId)).evaluation.answers.basics?.purpose).toBe("Safer nights in the town centre");
  });

  it("someone who is not its lead officer, sponsoring officer or the Change Manager cannot save the draft", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Pub Watch" }, gravesham, me);
    const other = await site.person("wellbeing-manager");
    const error = await saveEvaluationDraft(site.as("wellbeing-manager"), { evaluationId: started.evaluationId, etag: started.etag, answers: {} }, gravesham, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toBe("Only the lead officer, the sponsoring officer or the Change Manager can change this arrangement.");
  });

  it("My drafts lists the drafts of the arrangements the officer leads, with the step reached", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Licensing Liaison Group" }, gravesham, me);
    await saveEvaluationDraft(site.as(lead), { evaluationId: started.evaluationId, etag: started.etag, answers: { basics: { name: "Licensing Liaison Group" }, stepReached: "significance" } }, gravesham, me);
    const drafts = await listMyDrafts(site.as(lead), me);
    expect(drafts[0]).toMatchObject({ arrangementId: started.arrangementId, evaluationId: started.evaluationId, name: "Licensing Liaison Group", stepReached: "significance" });
    expect(drafts.map((d) => d.name)).toEqual(expect.arrayContaining(["Night-time Economy Forum", "Kent Taxi Licensing Group"]));
    // Another officer's drafts are theirs, not this officer's.
    expect(await listMyDrafts(site.as("wellbeing-manager"), await site.person("wellbeing-manager"))).toEqual([]);
  });
});

describe("a draft written before the wizard", () => {
  it("the demo council's River Brook draft resumes with its register basics and section answers, and its first save keeps them all", async () => {
    const owner = "hos-environment";
    const sp = site.as(owner);
    const [row] = await repositoryFor(sp, "Partnerships").query({ filter: eq("Title", "River Brook Catchment Partnership"), select: ["Title", "Status"] });
    expect(row?.record.status).toBe("evaluation");
    const draft = await readEvaluationDraft(sp, row!.id);
    const resumed = draft!.evaluation.answers;
    expect(resumed.basics).toMatchObject({ name: "River Brook Catchment Partnership", partners: ["Environment Agency", "Brook Valley Water", "Wessex Rivers Trust"], legalForm: "unincorporated-association" });
    expect(resumed.kind).toEqual({ kind: "partnership" });
    expect(resumed.significance?.facts).toMatchObject({ councilResource: 12000, memberInvolvement: true });
    const sections = Object.entries(resumed.sections ?? {});
    expect(sections).toHaveLength(3);
    expect(sections.every(([, s]) => s.text.length > 10)).toBe(true);

    const saved = await saveEvaluationDraft(sp, { evaluationId: draft!.evaluation.id, etag: draft!.etag, answers: { ...resumed, stepReached: "significance" } }, gravesham, await site.person(owner));
    const again = await readEvaluationDraft(sp, row!.id);
    expect(again!.etag).toBe(saved.etag);
    expect(again!.evaluation.answers).toEqual({ ...resumed, stepReached: "significance" });
  });
});

describe("screening a proposal out", () => {
  it("a screened-out proposal is recorded with its reason", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Festival Grant" }, gravesham, me);
    const saved = await saveEvaluationDraft(site.as(lead), { evaluationId: started.evaluationId, etag: started.etag, answers: { screening: { exclusions: ["community-grant"] }, basics: { name: "Festival Grant" } } }, gravesham, me);
    const result = await screenOutProposal(site.as(lead), { evaluationId: started.evaluationId, etag: saved.etag }, gravesham, me);
    expect(result.screenedOut).toMatchObject({ exclusionId: "community-grant", alternative: "a grant funding agreement, reviewed every three years" });

    const arrangement = (await repositoryFor(site.as(lead), "Partnerships").getById(started.arrangementId)).record;
    expect(arrangement.status).toBe("screened-out");
    expect(arrangement.statusReason).toMatch(/^Screened out: .+\. This is not a partnership; a grant funding agreement, reviewed every three years \(framework/);
    const { evaluation } = await readEvaluation(site.as(lead), started.evaluationId);
    expect(evaluation).toMatchObject({ status: "submitted", policyVersion: gravesham.version });
    expect(evaluation.reasons?.[0]).toMatchObject({ rule: "screening", text: expect.stringContaining("a grant funding agreement") });
    expect(await readEvaluationDraft(site.as(lead), started.arrangementId)).toBeNull();

    const trail = await auditLogFor(site.as(lead)).query({ filter: eq("ArrangementId", started.arrangementId) });
    const screened = trail.filter((e) => e.record.reason?.startsWith("Screened out in the evaluation wizard"));
    expect(screened.map((e) => e.record.listTitle).sort()).toEqual(["Evaluations", "Partnerships"]);
    expect(screened.every((e) => e.record.by?.id === me.id)).toBe(true);

    await expect(screenOutProposal(site.as(lead), { evaluationId: started.evaluationId, etag: saved.etag }, gravesham, me)).rejects.toThrow(EvaluationClosedError);
  });

  it("a proposal with no exclusion ticked is not screened out", async () => {
    const started = await startEvaluation(site.as(lead), { name: "Licensing Partnership" }, gravesham, me);
    await expect(screenOutProposal(site.as(lead), { evaluationId: started.evaluationId, etag: started.etag }, gravesham, me)).rejects.toThrow(/None of the screening exclusions is ticked/);
    expect((await repositoryFor(site.as(lead), "Partnerships").getById(started.arrangementId)).record.status).toBe("screening");
  });
});
