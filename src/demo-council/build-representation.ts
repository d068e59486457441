import type { InterestDeclaration } from "../domain/records/interest-declaration";
import type { Representative } from "../domain/records/representative";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { itemLink, personLink, type DemoRow } from "./links";
import { demoPerson } from "./people";
import type { Timeline } from "./timeline";

const represented = new Set(["active", "under-review", "exiting"]);

export interface RepresentationRows {
  representatives: DemoRow<Representative>[];
  interests: DemoRow<InterestDeclaration>[];
}

/**
 * Who represents the council and what they have declared. Appointments run from one annual
 * council meeting (late May) to the next, which is when the council checks it is represented by
 * the right person (joint-working code 11(iii)).
 */
export function buildRepresentation(spec: ArrangementSpec, timeline: Timeline, calendar: DemoCalendar): RepresentationRows {
  const rows: RepresentationRows = { representatives: [], interests: [] };
  if (!represented.has(spec.status)) return rows;
  const appointed = calendar.lastPassed(5, 20);
  const termStart = timeline.start && timeline.start > appointed ? timeline.start : appointed;
  const termEnd = calendar.nextComing(5, 19);
  (spec.representatives ?? []).forEach((rep, i) => {
    const key = `${spec.key}:rep:${i + 1}`;
    const name = rep.person ? demoPerson(rep.person).title : (rep.name ?? "Unnamed representative");
    rows.representatives.push({
      key,
      record: {
        name,
        arrangementId: itemLink("Partnerships", spec.key),
        ...(rep.person ? { person: personLink(rep.person) } : {}),
        type: rep.type,
        role: rep.role,
        termStart,
        termEnd,
        ...(rep.substitute ? { substitute: personLink(rep.substitute) } : {}),
        // The annual meeting confirmed the first appointment to each partnership; the rest wait for the review of representation.
        ...(i === 0 && spec.key.length % 2 === 0 ? { confirmedOn: appointed } : {}),
      },
    });
    if (rep.interest) {
      rows.interests.push({
        key: `${key}:interest`,
        record: {
          nature: rep.interest.nature,
          arrangementId: itemLink("Partnerships", spec.key),
          representativeId: itemLink("Representatives", key),
          dateDeclared: calendar.daysAgo(rep.interest.declaredDaysAgo),
          howManaged: rep.interest.howManaged,
        },
      });
    }
  });
  return rows;
}
