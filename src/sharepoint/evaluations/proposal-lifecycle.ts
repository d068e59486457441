import type { ExplainedStage } from "../../domain/engine/explanation";
import { startRoute, type LifecycleContext } from "../../domain/lifecycle/lifecycle-context";
import type { LifecycleEvent } from "../../domain/lifecycle/lifecycle-events";
import type { LifecycleState } from "../../domain/lifecycle/states";
import { transition, type TransitionResult } from "../../domain/lifecycle/transition";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";

type Moved = Extract<TransitionResult, { ok: true }>;

export interface ProposalFacts {
  state: LifecycleState;
  route?: readonly ExplainedStage[];
  exitStrategy?: LifecycleContext["exitStrategy"];
}

/** The lifecycle's view of a proposal the wizard is working on (screened in: it is being evaluated). */
export function proposalContext(pack: PolicyPack, facts: ProposalFacts): LifecycleContext {
  return {
    state: facts.state,
    screening: { result: "in" },
    stages: startRoute(facts.route ?? []),
    exitStrategy: facts.exitStrategy ?? { required: false },
    exit: { decisionRoles: pack.exit.decisionRoles, informRoles: pack.exit.informRoles, approvedBy: [], cite: pack.exit.cite },
    roleNames: Object.fromEntries(pack.roles.map((r) => [r.id, r.name])),
  };
}

/**
 * Walks the proposal through the lifecycle to `event`, taking the earlier wizard steps it has not
 * yet been through on the way (a proposal still "proposed" starts screening; one in screening is
 * screened in before its evaluation is submitted). Answers the last move, or the refusal.
 */
export function moveProposal(context: LifecycleContext, event: LifecycleEvent): TransitionResult {
  const before: LifecycleEvent[] = [];
  if (context.state === "proposed" && event.type !== "start-screening") before.push({ type: "start-screening" });
  if (event.type === "submit-evaluation" && (context.state === "proposed" || context.state === "screening")) before.push({ type: "screen-in" });
  let current: LifecycleContext = context;
  for (const step of before) {
    const moved = transition(current, step);
    if (!moved.ok) return moved;
    current = moved.context;
  }
  return transition(current, event);
}

export type { Moved };
