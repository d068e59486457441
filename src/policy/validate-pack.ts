import { policyPackSchema, type PolicyPack } from "../domain/policy-pack/pack-schema";
import { checkCategories } from "./validate/check-categories";
import { checkDuplicateIds } from "./validate/check-duplicate-ids";
import { checkFacts } from "./validate/check-facts";
import { checkKinds } from "./validate/check-kinds";
import { checkPrecedence } from "./validate/check-precedence";
import { checkRoles } from "./validate/check-roles";
import { checkScorecards } from "./validate/check-scorecards";
import { checkSections } from "./validate/check-sections";
import type { PackProblem } from "./validate/problem";
import { schemaProblems } from "./validate/schema-problems";

export type { PackProblem } from "./validate/problem";

export type PackValidation = { ok: true; pack: PolicyPack } | { ok: false; problems: PackProblem[] };

const crossReferenceChecks = [checkDuplicateIds, checkRoles, checkKinds, checkCategories, checkSections, checkFacts, checkPrecedence, checkScorecards];

/**
 * Checks a council's pack before the engine may use it. Never throws: a Change Manager editing
 * the pack by hand gets every problem at once, each at its JSON path. The shape is checked
 * first; references between parts (roles, categories, sections, facts…) can only be followed
 * once the shape is right, so they are checked after.
 */
export function validatePack(json: unknown): PackValidation {
  const parsed = policyPackSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues, json) };
  const problems = crossReferenceChecks.flatMap((check) => check(parsed.data));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
