import type { Representative } from "../records/representative";
import { financialQuarterOf } from "./financial-year";

export type AppointmentStanding = "ended" | "ending-soon" | "confirmed" | "to-confirm";

/** Days ahead in which a term's end is flagged so a successor can be appointed in time. */
export const endingSoonDays = 90;

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The review year the annual review of representation works in: the financial year containing today. */
export const reviewYearStart = (today: string): string => `${financialQuarterOf(today).startYear}-04-01`;

/**
 * Where an appointment stands in this year's review of representation (joint-working code 11(iii): is the
 * council represented by the right person?): its term has ended, ends within 90 days, has been
 * confirmed since the review year began, or is still to be confirmed. A decision this year
 * (confirmed, or ended and confirmed so) takes it off the list.
 */
export function appointmentStanding(r: Pick<Partial<Representative>, "termEnd" | "confirmedOn">, today: string): { standing: AppointmentStanding; needsDecision: boolean } {
  const yearStart = reviewYearStart(today);
  const decided = r.confirmedOn !== undefined && r.confirmedOn >= yearStart;
  if (r.termEnd !== undefined && r.termEnd < today) return { standing: "ended", needsDecision: !decided && r.termEnd >= yearStart };
  if (r.termEnd !== undefined && r.termEnd <= addDays(today, endingSoonDays)) return { standing: "ending-soon", needsDecision: !decided };
  return decided ? { standing: "confirmed", needsDecision: false } : { standing: "to-confirm", needsDecision: true };
}
