import type { ChannelAccount } from "./activity-types";

/** A person the local tenant knows, as Teams would describe them to a bot. */
export interface LocalTeamsPerson {
  email: string;
  name: string;
  /** Their Entra object id: what Teams sends as `from.aadObjectId` and what the bot keys on. */
  aadObjectId: string;
}

/**
 * The person's id in the bot's conversations. Teams gives each user an opaque `29:…` id per
 * bot; here it is derived from the object id so it stays the same across restarts.
 */
export function teamsUserId(person: LocalTeamsPerson): string {
  return `29:local-${person.aadObjectId}`;
}

/** The 1:1 conversation's id; Teams' look like `a:1…`, stable per user and bot. */
export function personalConversationId(person: LocalTeamsPerson): string {
  return `a:local-${person.aadObjectId}`;
}

export function userAccount(person: LocalTeamsPerson): ChannelAccount {
  return { id: teamsUserId(person), name: person.name, aadObjectId: person.aadObjectId, role: "user" };
}

/**
 * Finds the person a bot names as a conversation member. Bots address people by their `29:` id,
 * by `8:orgid:<object id>` or by `aadObjectId` alone; Teams accepts all three, so we do too.
 */
export function findMember(people: readonly LocalTeamsPerson[], member: Partial<ChannelAccount>): LocalTeamsPerson | undefined {
  const id = member.id?.toLowerCase();
  const oid = member.aadObjectId?.toLowerCase();
  return people.find((p) => {
    const own = p.aadObjectId.toLowerCase();
    return oid === own || id === teamsUserId(p).toLowerCase() || id === `8:orgid:${own}` || id === own;
  });
}
