import type { CardPerson, CardStage } from "./card-types";

/**
 * Who a stage is waiting on. Teams ids are MRIs ("29:…", case matters) or Entra object ids
 * (GUIDs, which Microsoft writes in either case), so GUIDs are compared without case.
 */
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const sameUserId = (a: string, b: string): boolean =>
  a === b || (guid.test(a) && guid.test(b) && a.toLowerCase() === b.toLowerCase());

export const assigneeWithUserId = (stage: CardStage, userId: string | undefined): CardPerson | undefined =>
  userId ? stage.assignees.find((person) => person.userId !== undefined && sameUserId(person.userId, userId)) : undefined;

export const hasDecided = (stage: CardStage, person: CardPerson): boolean =>
  stage.decisions.some((decision) => decision.person.id === person.id);

/** The assignees who have not yet given their decision, opinion or acknowledgement. */
export const awaitedAssignees = (stage: CardStage): CardPerson[] => stage.assignees.filter((person) => !hasDecided(stage, person));
