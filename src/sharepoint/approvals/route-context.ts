import type { LifecycleContext, RoleDecision, StageProgress, StageStatus as RouteStatus } from "../../domain/lifecycle/lifecycle-context";
import type { Facts } from "../../domain/facts/facts";
import { parseFacts } from "../../domain/facts/facts";
import type { ApprovalStage, AssigneeDecision } from "../../domain/records/approval-stage";
import type { RoleHolder } from "../../domain/records/role-holder";
import { matchesSelector } from "../../domain/policy-pack/match-selector";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { assigneesInRole } from "./acting-roles";
import type { StageContext } from "./stage-context";

type Stage = Partial<ApprovalStage>;

/** The person a decision counts for: the assignee, even when their delegate clicked. */
export const decidedFor = (d: AssigneeDecision): number => (d.onBehalfOf ?? d.by).id;

const finishedAs: Partial<Record<string, RouteStatus>> = { approved: "approved", recorded: "recorded", noted: "noted", rejected: "rejected", "changes-requested": "changes-requested" };

/**
 * What each role has done on a stage, from the people's decisions stored on it. A finished stage
 * counts as every role having given the completing decision; on a pending one an approval role
 * is approved once all its assignees have approved, an opinion or meeting role once one has acted.
 */
export function roleDecisions(stage: Stage, holders: readonly Partial<RoleHolder>[], day: string): Record<string, RoleDecision> {
  const roles = stage.roles ?? [];
  const completing: RoleDecision = stage.type === "approval" ? "approved" : "recorded";
  if (stage.status === "approved" || stage.status === "recorded" || stage.status === "noted") {
    return Object.fromEntries(roles.map((r) => [r, completing]));
  }
  const out: Record<string, RoleDecision> = {};
  for (const role of roles) {
    const people = assigneesInRole(stage as ApprovalStage, holders, day, role).map((p) => p.id);
    const mine = (stage.decisions ?? []).filter((d) => people.includes(decidedFor(d)));
    if (mine.some((d) => d.outcome === "rejected")) out[role] = "rejected";
    else if (mine.some((d) => d.outcome === "changes-requested")) out[role] = "changes-requested";
    else if (stage.type === "approval" ? people.length > 0 && people.every((id) => mine.some((d) => decidedFor(d) === id && d.outcome === "approved")) : mine.length > 0) {
      out[role] = completing;
    }
  }
  return out;
}

export function stageProgress(stage: Stage, holders: readonly Partial<RoleHolder>[], day: string): StageProgress {
  return {
    type: stage.type ?? "approval",
    roles: stage.roles ?? [],
    ...(stage.label ? { label: stage.label } : {}),
    cite: "",
    status: finishedAs[stage.status ?? ""] ?? "pending",
    decisions: roleDecisions(stage, holders, day),
  };
}

/** The facts the evaluation stated, for the pack's selectors; the register's kind when it has none. */
export function factsOf(context: Pick<StageContext, "evaluation" | "arrangement" | "pack">): Facts {
  const stated = context.evaluation?.record.answers?.facts;
  const parsed = stated === undefined ? undefined : parseFacts(stated, context.pack);
  if (parsed?.ok) return parsed.facts;
  const { kind, subtype } = context.arrangement.record;
  return { kind: kind ?? "partnership", ...(subtype ? { subtype } : {}) };
}

export const categoryOf = (context: Pick<StageContext, "evaluation" | "arrangement">): string | null =>
  context.arrangement.record.category ?? context.evaluation?.record.category ?? null;

/** The pack's exit-strategy requirement (default framework 2.12), as the lifecycle guards read it. */
function exitStrategyOf(context: StageContext, pack: PolicyPack): LifecycleContext["exitStrategy"] {
  const rule = pack.requirements.exitStrategy;
  const required = rule !== undefined && matchesSelector(rule.when, { facts: factsOf(context), category: categoryOf(context) }, pack);
  const { exitStrategy, exitInstigator } = context.arrangement.record;
  return {
    required,
    ...(rule ? { cite: rule.cite } : {}),
    ...(exitStrategy ? { text: exitStrategy } : {}),
    ...(exitInstigator ? { instigatedBy: exitInstigator.title ?? `person #${exitInstigator.id}` } : {}),
  };
}

/** The lifecycle's view of the arrangement and the round of its route being worked. */
export function lifecycleContextOf(context: StageContext, day: string): LifecycleContext {
  const holders = context.holders.filter((h) => h.problems.length === 0).map((h) => h.record);
  return {
    state: context.arrangement.record.status ?? "proposed",
    // A route is only ever worked after screening let the proposal in.
    screening: { result: "in" },
    stages: context.route.map((row) => stageProgress(row.record, holders, day)),
    exitStrategy: exitStrategyOf(context, context.pack),
    exit: { decisionRoles: context.pack.exit.decisionRoles, informRoles: context.pack.exit.informRoles, approvedBy: [], cite: context.pack.exit.cite },
    roleNames: Object.fromEntries(context.pack.roles.map((r) => [r.id, r.name])),
  };
}
