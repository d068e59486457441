import type { Facts } from "../facts/facts";
import type { PolicyPack } from "../policy-pack/pack-schema";
import type { IsoDate } from "./iso-date";

/** What the calendar needs to know of an arrangement: what its pack's selectors test, and when it began. */
export interface CalendarArrangement {
  facts: Facts;
  category: string | null;
  startDate: IsoDate;
}

/** A review already carried out. `periodKey` pins it to one period; without it, its date decides. */
export interface CompletedReview {
  reviewId: string;
  completedOn: IsoDate;
  periodKey?: string;
}

export interface ReviewCalendarInput {
  pack: PolicyPack;
  arrangement: CalendarArrangement;
  /** The day the calendar is drawn for; the calendar never reads the clock itself. */
  asOf: IsoDate;
  completed: readonly CompletedReview[];
}

export type ReviewStatus = "upcoming" | "due" | "overdue" | "done";

export interface CalendarEntry {
  /** `register-review`, `governance-assurance`, or a cycle's id. */
  reviewId: string;
  name: string;
  /** The window's year ("2027"), or a cycle's occurrence number ("3" = its third review). */
  periodKey: string;
  /** When the review can first be done: a window's first day, or a cycle's notice date. */
  windowStart?: IsoDate;
  dueDate: IsoDate;
  status: ReviewStatus;
  daysOverdue?: number;
  /** The day the review was done, when `status` is "done". */
  completedOn?: IsoDate;
  templateId?: string;
  templateName?: string;
  yearOfOperation?: number;
  cite: string;
  reason: string;
}
