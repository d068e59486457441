import type { LifecycleError } from "../lifecycle-error";

/** Runs guards in order and stops at the first refusal, so the officer sees the most basic problem first. */
export function firstError(...guards: ReadonlyArray<() => LifecycleError | null>): LifecycleError | null {
  for (const guard of guards) {
    const error = guard();
    if (error) return error;
  }
  return null;
}
