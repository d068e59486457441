import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import { isStageDone } from "../route-progress";
import { capitalise, citing, listOf, roleNames, stageName } from "../wording";

/**
 * default framework 2.14 and 3.9: "Before formally entering into the partnership the opinions of the
 * Deputy Monitoring Officer and Section 151 Officer must be sought and recorded". Which opinions
 * are demanded is the policy's business: they are the route's opinion stages.
 */

/** A route whose pack puts an approval or meeting before an opinion cannot be worked lawfully. */
export function guardOpinionsComeFirst(context: LifecycleContext): LifecycleError | null {
  const firstDecision = context.stages.findIndex((stage) => stage.type === "approval" || stage.type === "meeting");
  if (firstDecision < 0) return null;
  const lateOpinion = context.stages.findIndex((stage, i) => i > firstDecision && stage.type === "opinion");
  if (lateOpinion < 0) return null;
  const cite = context.stages[lateOpinion]?.cite;
  return new LifecycleError(
    "opinions-not-first",
    `This approval route puts ${stageName(context, firstDecision)} before ${stageName(context, lateOpinion)}: the statutory opinions must be recorded before any approval${citing(cite)}. The policy pack's route needs correcting by the Corporate Change Manager.`,
    cite,
  );
}

/** No approval or meeting stage may be decided until every opinion stage's roles have recorded. */
export function guardStatutoryOpinionsRecorded(context: LifecycleContext): LifecycleError | null {
  const pending = context.stages.filter((stage) => stage.type === "opinion" && !isStageDone(stage));
  if (pending.length === 0) return null;
  const missing = pending.flatMap((stage) => stage.roles.filter((role) => stage.decisions[role] !== "recorded"));
  const names = roleNames(context, [...new Set(missing)]);
  const who = names.length === 1 ? `the ${names[0]}'s opinion has` : `the opinions of the ${listOf(names)} have`;
  const cite = pending[0]?.cite;
  return new LifecycleError(
    "opinions-missing",
    `${capitalise(who)} not been recorded yet: no approval can open before the statutory opinions are in${citing(cite)}.`,
    cite,
  );
}
