import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { listOf, problemAt, type PackProblem, type PathSegment } from "./problem";

/** Every role a route, participant rule or exit rule names must be one the pack declares. */
export function checkRoles(pack: PolicyPack): PackProblem[] {
  const declared = pack.roles.map((r) => r.id);
  const uses: { path: PathSegment[]; role: string; where: string }[] = [
    ...pack.routes.flatMap((route, r) =>
      route.stages.flatMap((stage, s) =>
        stage.roles.map((role, i) => ({ path: ["routes", r, "stages", s, "roles", i], role, where: `the ${stage.type} stage of route "${route.id}"` })),
      ),
    ),
    ...pack.evaluationParticipants.flatMap((rule, p) =>
      rule.roles.map((role, i) => ({ path: ["evaluationParticipants", p, "roles", i], role, where: `evaluation participant rule "${rule.id}"` })),
    ),
    ...pack.exit.decisionRoles.map((role, i) => ({ path: ["exit", "decisionRoles", i], role, where: "the exit decision" })),
    ...pack.exit.informRoles.map((role, i) => ({ path: ["exit", "informRoles", i], role, where: "those told of an exit" })),
  ];
  return uses
    .filter((use) => !declared.includes(use.role))
    .map((use) =>
      problemAt(use.path, `${use.where} names the role "${use.role}", which the pack does not declare under "roles" (declared: ${listOf(declared)})`),
    );
}
