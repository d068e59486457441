import { addMonths } from "./add-months";
import { compareIsoDates, parseIsoDate, type IsoDate } from "./iso-date";

/**
 * Which year of operation an arrangement is in on `date`: year 1 is the first 12 months from
 * the start date, year 2 begins on the first anniversary, and so on (default framework 6.8 counts a
 * shared service's reviews by its "years of operation"). Anniversaries use `addMonths` from the
 * start, so a service begun on 29 February starts its second year on 28 February.
 * Returns 0 before the start date: the arrangement is not yet in operation.
 */
export function yearOfOperation(start: IsoDate, date: IsoDate): number {
  if (compareIsoDates(date, start) < 0) return 0;
  const anniversary = (year: number) => addMonths(start, 12 * (year - 1));
  let year = parseIsoDate(date).year - parseIsoDate(start).year + 1;
  while (year > 1 && compareIsoDates(anniversary(year), date) > 0) year -= 1;
  while (compareIsoDates(anniversary(year + 1), date) <= 0) year += 1;
  return year;
}
