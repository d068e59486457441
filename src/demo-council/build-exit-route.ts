import { exitRoute } from "../domain/exit/exit-route";
import type { ApprovalStage } from "../domain/records/approval-stage";
import type { ArrangementSpec } from "./arrangement-spec";
import type { DemoCalendar } from "./demo-calendar";
import { demoPack } from "./demo-policy";
import { itemLink, personLink, type DemoRow } from "./links";
import type { PersonKey } from "./people";
import { resolveRole } from "./resolve-role";
import { stableNumber } from "./stable-number";

/** The pack's reason for an exit; a spec naming a reason the pack does not have is a broken story. */
export function exitReasonOf(reasonId: string): { id: string; text: string; cite: string } {
  const reason = demoPack().exit.reasons.find((r) => r.id === reasonId);
  if (!reason) throw new Error(`the demo names an exit reason "${reasonId}" that the pack does not have`);
  return reason;
}

/** When the officer began the exit, for an exit still being decided; undefined for any other. */
export function exitBegunAt(spec: ArrangementSpec, calendar: DemoCalendar): string | undefined {
  const exit = spec.exit;
  if (spec.status !== "exiting" || exit?.status !== "proposed" || exit.begunDaysAgo === undefined) return undefined;
  return calendar.at(calendar.daysAgo(exit.begunDaysAgo), 11, stableNumber(`${spec.key}:exit`, 50));
}

/**
 * The exit route of an arrangement whose exit is being decided, as beginning an exit writes it
 * (src/sharepoint/exit/begin-exit.ts; default framework 5.3): one approval stage for the pack's deciding
 * roles, open since the exit began, then an inform stage that waits for the decision — each role
 * resolved to whoever held it for the arrangement's portfolio and directorate that day.
 */
export function buildExitRoute(spec: ArrangementSpec, calendar: DemoCalendar): DemoRow<ApprovalStage>[] {
  const begunAt = exitBegunAt(spec, calendar);
  if (!begunAt) return [];
  const day = begunAt.slice(0, 10);
  const scope = { portfolio: spec.portfolio, directorate: spec.directorate };
  return exitRoute(demoPack()).map((stage, index) => {
    const people = [...new Set<PersonKey>(stage.roles.flatMap((role) => resolveRole(role, scope, day, calendar).people))];
    // Beginning an exit refuses when nobody holds a deciding role; a demo that could not begin it is a broken story.
    if (stage.type === "approval" && people.length === 0) throw new Error(`the demo's exit of "${spec.key}" has nobody to decide it (${stage.roles.join(", ")})`);
    return {
      key: `${spec.key}:exit-stage:${index + 1}`,
      record: {
        label: stage.label.slice(0, 255),
        arrangementId: itemLink("Partnerships", spec.key),
        exitId: itemLink("Exits", spec.key),
        routePurpose: "exit",
        order: index + 1,
        type: stage.type,
        roles: stage.roles,
        assignees: people.map(personLink),
        status: "pending",
        ...(index === 0 ? { requestedAt: begunAt } : {}),
      },
    };
  });
}
