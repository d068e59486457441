import type { PersonRef } from "../domain/records/person-ref";
import type { CardDelivery } from "./card-delivery";
import type { Serial } from "./serial-work";

/**
 * What the handlers share. The bot keeps no state of its own (DESIGN.md): everything here is a
 * way to reach SharePoint or Teams, plus the list of follow-up work still running, so a shutdown
 * (or a test) can wait for it.
 */
export interface BotDeps extends CardDelivery {
  local: boolean;
  /** Work started after an invoke was answered (card updates, next stage's cards). */
  background: Set<Promise<unknown>>;
  /** Card sending, one piece at a time (serial-work.ts): decisions' follow-ups and sweeps. */
  serial: Serial;
}

/** Runs follow-up work after the answer has gone, logging (never hiding) a failure. */
export function inBackground(deps: BotDeps, what: string, work: () => Promise<unknown>): void {
  const task = work().then(
    () => undefined,
    (error: unknown) => deps.log(`${what} failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  deps.background.add(task);
  void task.finally(() => deps.background.delete(task));
}

/** Waits until no follow-up work is running (new work started meanwhile is waited for too). */
export async function settleBackground(deps: Pick<BotDeps, "background">): Promise<void> {
  while (deps.background.size > 0) await Promise.allSettled([...deps.background]);
}

export type Actor = PersonRef;
