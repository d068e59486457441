import type { LifecycleContext } from "../lifecycle-context";
import type { LifecycleEffect } from "../lifecycle-effects";
import type { LifecycleError } from "../lifecycle-error";
import type { LifecycleState } from "../states";

/** An accepted event gives the next state, the whole next context (for the caller to store) and effects. */
export type TransitionResult =
  | { ok: true; state: LifecycleState; context: LifecycleContext; effects: LifecycleEffect[] }
  | { ok: false; error: LifecycleError };

export const moved = (
  context: LifecycleContext,
  state: LifecycleState,
  changes: Partial<Omit<LifecycleContext, "state">> = {},
  effects: LifecycleEffect[] = [],
): TransitionResult => ({ ok: true, state, context: { ...context, ...changes, state }, effects });

export const refused = (error: LifecycleError): TransitionResult => ({ ok: false, error });
