import type { CurrentUser } from "../lib/session/session-context";
import { listLocalPeople } from "../lib/people/list-local-people";
import { readLocalPersonCookie } from "./local-person-cookie";

/** Who the local tab acts as on start: the person last chosen in the switcher, else the configured one. */
export async function localStartUser(configured: string): Promise<CurrentUser> {
  const email = readLocalPersonCookie() ?? configured;
  const person = (await listLocalPeople()).find((p) => p.email.toLowerCase() === email.toLowerCase());
  return { email, title: person?.title ?? email };
}
