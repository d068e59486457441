import type { ReviewCycle } from "../policy-pack/pack-schema";
import type { CalendarEntry, CompletedReview, ReviewStatus } from "./calendar-types";
import { occurrenceDueDate, occurrenceOpens, type CycleSchedule } from "./cycle-schedule";
import { daysBetween } from "./days-between";
import { describeStatus, describeTemplate } from "./describe-status";
import { compareIsoDates, type IsoDate } from "./iso-date";
import { matchCycleCompletions } from "./match-cycle-completions";
import { lastFallenDue } from "./next-due";
import { templateForYear } from "./pick-template";
import { yearOfOperation } from "./year-of-operation";
import { addDays } from "./days-between";

export interface CycleEntryInput {
  cycle: ReviewCycle;
  startDate: IsoDate;
  asOf: IsoDate;
  /** This cycle's completions, all on or before `asOf`. */
  completions: readonly CompletedReview[];
}

/**
 * The one review of a cycle that matters on `asOf` (default framework 6.8, joint-working code 31): the last one
 * to fall due if it is still owed, overdue; otherwise the next one — done if already done early,
 * due within its notice month, upcoming before that. As with windows, a missed review is
 * overtaken once the next one falls due.
 */
export function cycleEntry(input: CycleEntryInput): CalendarEntry {
  const { cycle, startDate, asOf } = input;
  const schedule: CycleSchedule = { startDate, everyMonths: cycle.everyMonths, firstAfterMonths: cycle.firstAfterMonths };
  const done = matchCycleCompletions(schedule, input.completions);
  const fallen = lastFallenDue(schedule, asOf);
  if (fallen && !done.has(fallen.occurrence)) return entry(input, schedule, fallen.occurrence, "overdue");
  const occurrence = fallen ? fallen.occurrence + 1 : 1;
  const completedOn = done.get(occurrence);
  if (completedOn !== undefined) return entry(input, schedule, occurrence, "done", completedOn);
  const open = compareIsoDates(occurrenceOpens(schedule, occurrence), asOf) <= 0;
  return entry(input, schedule, occurrence, open ? "due" : "upcoming");
}

function entry(input: CycleEntryInput, schedule: CycleSchedule, occurrence: number, status: ReviewStatus, completedOn?: IsoDate): CalendarEntry {
  const { cycle, asOf } = input;
  const dueDate = occurrenceDueDate(schedule, occurrence);
  const windowStart = occurrenceOpens(schedule, occurrence);
  const daysOverdue = status === "overdue" ? daysBetween(dueDate, asOf) : undefined;
  // default framework 6.8a: "for the first two years of operation, a comprehensive annual review" — a
  // review looks back on the year just ending, so the review due on the second anniversary is
  // still about year 2 and comprehensive; the focused template starts with the year-3 review.
  const year = yearOfOperation(schedule.startDate, addDays(dueDate, -1));
  const template = templateForYear(cycle.templates, year);
  const reason = [
    describeStatus({ subject: `${cycle.name} (review ${occurrence})`, status, dueDate, daysOverdue, completedOn, cite: cycle.cite }),
    describeTemplate(year, template, cycle.templates.length > 0),
  ];
  return {
    reviewId: cycle.id,
    name: cycle.name,
    periodKey: String(occurrence),
    windowStart,
    dueDate,
    status,
    ...(daysOverdue === undefined ? {} : { daysOverdue }),
    ...(completedOn === undefined ? {} : { completedOn }),
    ...(template ? { templateId: template.id, templateName: template.name } : {}),
    yearOfOperation: year,
    cite: cycle.cite,
    reason: reason.filter((part) => part !== undefined).join(" "),
  };
}
