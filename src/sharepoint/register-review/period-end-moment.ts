import { addDays } from "../../domain/review-calendar/days-between";
import { siteMidnightOf } from "../lists/site-dates";

/** The last instant of `day` in the council's office calendar (Europe/London), winter or summer. */
export function endOfSiteDay(day: string): string {
  return new Date(Date.parse(siteMidnightOf(addDays(day, 1))) - 1).toISOString();
}
