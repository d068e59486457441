import type { LifecycleContext } from "../lifecycle-context";
import { LifecycleError } from "../lifecycle-error";
import { citing } from "../wording";

/**
 * Only a proposal that the screening found to be a partnership goes on to evaluation: contracts
 * for services, consultative groups and the like leave the process (joint-working code 2.3, partnership protocol 2.2).
 */
export function guardScreenedIn(context: LifecycleContext): LifecycleError | null {
  const { screening } = context;
  if (screening.result === "in") return null;
  if (screening.result === "not-screened") {
    return new LifecycleError(
      "screening-not-done",
      "The screening questions have not been answered yet: answer them before the proposal goes on to evaluation.",
    );
  }
  return new LifecycleError(
    "screened-out-by-policy",
    `The screening found this is not a partnership: ${screening.exclusion}${citing(screening.cite)}. Screen it out, with the reason, rather than evaluating it.`,
    screening.cite,
  );
}
