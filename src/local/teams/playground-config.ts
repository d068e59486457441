import type { LocalTeamsPerson } from "./teams-people";
import { teamsUserId } from "./teams-people";

export interface PlaygroundConfigInput {
  currentUser: LocalTeamsPerson;
  /** Exactly five others: the Playground's schema wants five "users" (its group chat and team). */
  others: readonly LocalTeamsPerson[];
  tenantId: string;
  bot: { id: string; name: string };
  /** The current user's 1:1 chat with the bot in the Playground. */
  personalChatId: string;
  teamName: string;
}

/** The Playground's `0.1.1` schema requires exactly this many users besides the current one. */
export const playgroundOtherUsers = 5;

/**
 * The Microsoft 365 Agents Playground's configuration file (`.m365agentsplayground.yml`, schema
 * 0.1.1 in @microsoft/m365agentsplayground 0.2.28): who "you" are and who else is in the tenant.
 * People get the same ids the local Teams gives them, so the bot recognises them either way.
 * Strings are written JSON-quoted, which YAML reads as double-quoted scalars.
 */
export function playgroundConfigYaml(input: PlaygroundConfigInput): string {
  if (input.others.length !== playgroundOtherUsers) throw new Error(`the Playground needs exactly ${playgroundOtherUsers} other users, got ${input.others.length}`);
  const q = JSON.stringify;
  const user = (p: LocalTeamsPerson, indent: string, first: string) => {
    const [givenName, ...rest] = p.name.replace(/^Cllr /, "").split(" ");
    return [
      `${first}id: ${q(teamsUserId(p))}`,
      `name: ${q(p.name)}`,
      `userPrincipleName: ${q(p.email)}`,
      `aadObjectId: ${q(p.aadObjectId)}`,
      `givenName: ${q(givenName ?? p.name)}`,
      `surname: ${q(rest.join(" ") || p.name)}`,
      `email: ${q(p.email)}`,
    ].join(`\n${indent}`);
  };
  return [
    "# Written by `npm run playground` (src/dev/playground.ts); rewritten on every run.",
    `version: "0.1.1"`,
    `tenantId: ${q(input.tenantId)}`,
    "bot:",
    `  id: ${q(input.bot.id)}`,
    `  name: ${q(input.bot.name.slice(0, 42))}`,
    "currentUser:",
    `  ${user(input.currentUser, "  ", "")}`,
    "users:",
    ...input.others.map((p) => `  ${user(p, "    ", "- ")}`),
    "personalChat:",
    `  id: ${q(input.personalChatId)}`,
    "groupChat:",
    `  id: "local-group-chat"`,
    `  name: ${q(`${input.teamName} group chat`)}`,
    "team:",
    `  id: "local-team"`,
    `  name: ${q(input.teamName)}`,
    `  aadGroupId: "00000000-0000-4000-8000-000000000031"`,
    "  channels:",
    `    - id: "local-team-announcements"`,
    `      name: "Announcements"`,
    "",
  ].join("\n");
}
