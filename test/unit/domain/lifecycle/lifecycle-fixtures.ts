import { expect } from "vitest";
import { startRoute, type LifecycleContext, type RouteStage } from "../../../../src/domain/lifecycle/lifecycle-context";
import type { LifecycleError } from "../../../../src/domain/lifecycle/lifecycle-error";
import type { LifecycleEvent } from "../../../../src/domain/lifecycle/lifecycle-events";
import { transition, type TransitionResult } from "../../../../src/domain/lifecycle/transition";
import { currentStageIndex, pendingRoles } from "../../../../src/domain/lifecycle/route-progress";

/** Routes as the engine gives them for gravesham (framework 2.14, 3.10), copied so these tests stand alone. */
export const routes = {
  significant: [
    { type: "opinion", roles: ["deputy-monitoring-officer", "section-151-officer"], cite: "framework 2.14" },
    { type: "meeting", roles: ["management-team"], label: "Management Team", cite: "framework 2.14a" },
    { type: "approval", roles: ["portfolio-holder", "leader"], cite: "framework 2.14a" },
    { type: "inform", roles: ["cabinet-committee"], cite: "framework 2.14a" },
  ],
  other: [
    { type: "opinion", roles: ["deputy-monitoring-officer", "section-151-officer"], cite: "framework 2.14" },
    { type: "approval", roles: ["director", "leader", "portfolio-holder"], cite: "framework 2.14b" },
  ],
  adHoc: [
    { type: "approval", roles: ["director"], cite: "framework 2.14c" },
    { type: "inform", roles: ["lead-member"], cite: "framework 2.14c" },
  ],
  fullSharedService: [
    { type: "opinion", roles: ["deputy-monitoring-officer"], cite: "framework 3.9" },
    { type: "opinion", roles: ["section-151-officer"], cite: "framework 3.9" },
    { type: "approval", roles: ["director", "leader", "portfolio-holder"], cite: "framework 3.10a" },
    { type: "meeting", roles: ["cabinet"], label: "Cabinet", cite: "framework 3.10a" },
  ],
  adHocResilience: [{ type: "inform", roles: ["leader", "portfolio-holder"], cite: "framework 3.10c" }],
  workingGroup: [],
} satisfies Record<string, RouteStage[]>;

export const roleNames: Record<string, string> = {
  "deputy-monitoring-officer": "Deputy Monitoring Officer",
  "section-151-officer": "Section 151 Officer",
  "management-team": "Management Team",
  "portfolio-holder": "Cabinet Portfolio Holder",
  leader: "Leader of the Executive",
  director: "Director",
  "lead-member": "Lead Member",
  cabinet: "Cabinet",
  "cabinet-committee": "Cabinet Committee",
};

export function contextFor(route: readonly RouteStage[], overrides: Partial<LifecycleContext> = {}): LifecycleContext {
  return {
    state: "proposed",
    screening: { result: "in" },
    stages: startRoute(route),
    exitStrategy: {
      required: true,
      cite: "framework 2.12",
      text: "Six months' notice by either partner; assets return to their owner.",
      instigatedBy: "Head of Housing",
    },
    exit: { decisionRoles: ["lead-member"], informRoles: ["cabinet"], approvedBy: [], cite: "framework 5.3" },
    roleNames,
    ...overrides,
  };
}

export function expectOk(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the event to be accepted, but: [${result.error.code}] ${result.error.message}`);
  return result;
}

export function expectRefused(result: TransitionResult): LifecycleError {
  if (result.ok) throw new Error(`expected a refusal, but the arrangement moved to ${result.state}`);
  expect(result.error.message.length).toBeGreaterThan(20);
  return result.error;
}

/** Applies events in order, each of which must be accepted. */
export function run(context: LifecycleContext, ...events: LifecycleEvent[]): LifecycleContext {
  return events.reduce((current, event) => expectOk(transition(current, event)).context, context);
}

/** Every role of the stage in turn gives the decision that completes it, stage after stage. */
export function workRoute(context: LifecycleContext): LifecycleContext {
  let current = context;
  for (let index = currentStageIndex(current.stages); index >= 0; index = currentStageIndex(current.stages)) {
    const stage = current.stages[index]!;
    const type = stage.type === "opinion" ? "record-opinion" : "record-stage-decision";
    for (const role of pendingRoles(stage)) current = run(current, { type, stage: index, role });
  }
  return current;
}

export const submitted = (route: readonly RouteStage[], overrides: Partial<LifecycleContext> = {}): LifecycleContext =>
  run(contextFor(route, { ...overrides, state: "evaluation" }), { type: "submit-evaluation" });

export const active = (route: readonly RouteStage[] = routes.other): LifecycleContext => {
  const worked = workRoute(submitted(route));
  return worked.state === "active" ? worked : run(worked, { type: "all-approvals-given" });
};
