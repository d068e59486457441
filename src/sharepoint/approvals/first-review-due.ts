import type { Facts } from "../../domain/facts/facts";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { reviewCalendar } from "../../domain/review-calendar/review-calendar";

/**
 * When an arrangement that has just become active is first due a review: the earliest review its
 * pack asks of it (register review, governance assurance, its category's cycle), drawn from its
 * start date — or from today when it has none yet. Undefined when the pack asks for none.
 */
export function firstReviewDue(pack: PolicyPack, facts: Facts, category: string | null, startDate: string | undefined, today: string): string | undefined {
  const entries = reviewCalendar({ pack, arrangement: { facts, category, startDate: startDate ?? today }, asOf: today, completed: [] });
  const due = entries.filter((e) => e.status !== "done").map((e) => e.dueDate).sort();
  return due[0];
}
