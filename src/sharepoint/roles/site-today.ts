import { siteDateOf } from "../lists/site-dates";

/** Today as the council's office calendar has it (Europe/London), as role holders' dates are kept. */
export function siteToday(now: Date = new Date()): string {
  return siteDateOf(now.toISOString()) ?? now.toISOString().slice(0, 10);
}
