import type { ReviewStatus } from "./calendar-types";
import type { IsoDate } from "./iso-date";
import { formatLongDate } from "./long-date";
import type { ReviewTemplate } from "./pick-template";

export interface StatusFacts {
  /** What is owed, e.g. "Governance assurance for 2027". */
  subject: string;
  status: ReviewStatus;
  windowStart?: IsoDate;
  dueDate: IsoDate;
  daysOverdue?: number;
  completedOn?: IsoDate;
  cite: string;
}

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** One plain-English sentence an officer can act on: "Governance assurance for 2027 is due by 31 March 2027 (framework 6.11)." */
export function describeStatus(facts: StatusFacts): string {
  const by = formatLongDate(facts.dueDate);
  const because = `(${facts.cite})`;
  switch (facts.status) {
    case "upcoming":
      return facts.windowStart === undefined
        ? `${facts.subject} is due by ${by} ${because}.`
        : `${facts.subject} opens on ${formatLongDate(facts.windowStart)} and is due by ${by} ${because}.`;
    case "due":
      return `${facts.subject} is due by ${by} ${because}.`;
    case "overdue":
      return `${facts.subject} was due by ${by} and is ${days(facts.daysOverdue ?? 0)} overdue ${because}.`;
    case "done":
      return facts.completedOn === undefined
        ? `${facts.subject} is done ${because}.`
        : `${facts.subject} was done on ${formatLongDate(facts.completedOn)} ${because}.`;
  }
}

/** Why a template applies: "Year 3 of operation: the focused shared-service review template applies (framework 6.8b)." */
export function describeTemplate(year: number, template: ReviewTemplate | undefined, hasTemplates: boolean): string | undefined {
  if (template) return `Year ${year} of operation: the ${template.name} template applies (${template.cite}).`;
  return hasTemplates ? `Year ${year} of operation: no template in the policy pack covers that year.` : undefined;
}
