import type { SPFI } from "@pnp/sp";
import type { LifecycleState } from "../../domain/lifecycle/states";
import type { AssigneeDecision } from "../../domain/records/approval-stage";
import type { PersonRef } from "../../domain/records/person-ref";
import { ConcurrencyError } from "../errors/concurrency-error";
import { siteDateOf } from "../lists/site-dates";
import { applyDecision } from "./apply-decision";
import { auditRefusedAttempt } from "./audit-refusal";
import type { DecisionInputs, DecisionVerb } from "./decision-inputs";
import { peopleToTell } from "./people-to-tell";
import { planDecision } from "./plan-decision";
import { readStageContext } from "./read-stage-context";
import type { StageContext } from "./stage-context";

export interface DecideRequest {
  stageId: number;
  /** The site user acting (resolved from their Teams identity, never from the card). */
  actor: PersonRef;
  verb: DecisionVerb;
  inputs: DecisionInputs;
  now?: Date;
  /** The arrangement id the card carried: only lets the reads go in one batch (see readStageContext). */
  arrangementHint?: number;
  /** A context read moments ago for this stage (e.g. by the caller's own check); re-read on a conflict. */
  context?: StageContext;
}

export type DecideResult =
  | {
      outcome: "decided";
      context: StageContext;
      decision: AssigneeDecision;
      state: LifecycleState;
      /** Stages now waiting for people: send them their cards. */
      opened: number[];
      /** Inform stages reached: tell their people. */
      informed: number[];
      /** The lead officer and the Change Manager, told of every decision. */
      notify: PersonRef[];
      blocked?: string;
    }
  | { outcome: "unchanged"; context: StageContext; message: string }
  | { outcome: "not-assignee"; context: StageContext }
  | { outcome: "invalid"; context: StageContext; problems: string[] }
  | { outcome: "refused"; context: StageContext; message: string };

const attempts = 3;

const verbWords: Record<DecisionVerb, string> = { opinion: "give an opinion on", approve: "approve", reject: "reject", "request-changes": "request changes to", noted: "note" };

/**
 * Records one person's decision on one stage, exactly once, and moves the route on through the
 * domain lifecycle. The stage is re-read by id; a stale write (someone decided in between, or
 * the same click arrived twice) is re-planned from a fresh read, where it becomes "unchanged".
 */
export async function decide(sp: SPFI, request: DecideRequest): Promise<DecideResult> {
  const now = request.now ?? new Date();
  const day = siteDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
  let context = request.context ?? (await readStageContext(sp, request.stageId, hint(request)));
  for (let attempt = 1; ; attempt++) {
    const plan = planDecision(context, { actor: request.actor, verb: request.verb, inputs: request.inputs, now, day });
    if (plan.outcome === "not-assignee") {
      await auditRefusedAttempt(sp, context, request.actor, verbWords[request.verb], "Not assigned to this stage, nor a recorded delegate of anyone who is", now);
      return { outcome: "not-assignee", context };
    }
    if (plan.outcome !== "decided") return { ...plan, context };
    try {
      const after = await applyDecision(sp, context, plan.writes, request.actor);
      const { decision, state, opened, informed, blocked } = plan;
      return { outcome: "decided", context: after, decision, state, opened, informed, notify: peopleToTell(after, day, request.actor.id), ...(blocked ? { blocked } : {}) };
    } catch (error) {
      // Only the stage write can be stale before anything else is written; re-read and re-plan.
      if (!ConcurrencyError.is(error) || attempt >= attempts) throw error;
      context = await readStageContext(sp, request.stageId, hint(request));
    }
  }
}

const hint = (request: DecideRequest) => (request.arrangementHint !== undefined ? { arrangementHint: request.arrangementHint } : {});
