import type { LifecycleState } from "../../domain/lifecycle/states";

/** Arrangements that owe reviews: approved and not yet ended (DOMAIN.md "Lifecycle": monitoring, reviews). */
export const monitoredStates: readonly LifecycleState[] = ["active", "under-review", "exiting"];
