import type { Exit } from "../domain/records/exit";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { itemLink, personLink, type DemoRow } from "./links";

/** The exit record of an arrangement that is leaving or has ended (default framework 2.12, 5.3). */
export function buildExit(spec: ArrangementSpec, calendar: DemoCalendar): DemoRow<Exit> | undefined {
  const exit = spec.exit;
  if (!exit || (spec.status !== "exiting" && spec.status !== "ended")) return undefined;
  return {
    key: spec.key,
    record: {
      title: `Exit: ${spec.name}`,
      arrangementId: itemLink("Partnerships", spec.key),
      reasonId: exit.reasonId,
      ...(exit.notice ? { notice: exit.notice } : {}),
      ...(exit.succession ? { succession: exit.succession } : {}),
      ...(exit.liabilities ? { liabilities: exit.liabilities } : {}),
      ...(exit.assets ? { assets: exit.assets } : {}),
      decidedBy: exit.decidedBy.map(personLink),
      ...(exit.decidedMonthsAgo !== undefined ? { decisionDate: calendar.monthsAgo(exit.decidedMonthsAgo) } : {}),
      status: exit.status,
    },
  };
}
