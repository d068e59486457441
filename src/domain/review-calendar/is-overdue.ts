import { compareIsoDates, type IsoDate } from "./iso-date";

/**
 * A review is overdue from the day after its due date until it is done: the due date itself
 * is still on time. A completion dated after `asOf` had not happened yet on that day.
 */
export function isOverdue(dueDate: IsoDate, asOf: IsoDate, completedOn?: IsoDate): boolean {
  if (compareIsoDates(asOf, dueDate) <= 0) return false;
  return completedOn === undefined || compareIsoDates(completedOn, asOf) > 0;
}
