import { occurrenceDueDate, type CycleSchedule } from "./cycle-schedule";
import { compareIsoDates, type IsoDate } from "./iso-date";

export interface Occurrence {
  occurrence: number;
  dueDate: IsoDate;
}

/** The first review of the cycle due on or after `date`. */
export function nextDue(schedule: CycleSchedule, date: IsoDate): Occurrence {
  let occurrence = 1;
  while (compareIsoDates(occurrenceDueDate(schedule, occurrence), date) < 0) occurrence += 1;
  return { occurrence, dueDate: occurrenceDueDate(schedule, occurrence) };
}

/** The last review of the cycle whose due date had passed by `date`, if one has. */
export function lastFallenDue(schedule: CycleSchedule, date: IsoDate): Occurrence | undefined {
  const { occurrence } = nextDue(schedule, date);
  return occurrence === 1 ? undefined : { occurrence: occurrence - 1, dueDate: occurrenceDueDate(schedule, occurrence - 1) };
}
