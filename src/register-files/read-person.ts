import type { PersonRef } from "../domain/records/person-ref";
import type { Read } from "./read-values";

/** A user of the council's SharePoint site, whom a person column can point at. */
export interface SitePerson {
  id: number;
  title: string;
  email: string;
}

const comparable = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A person typed by e-mail or by name as the site shows it. Someone who is not a user of the
 * site cannot go into a person column, so that is a problem to fix (add them to the site, or
 * correct the name), not something to guess at; two people with the same name need the e-mail.
 */
export function readPerson(text: string, people: readonly SitePerson[]): Read<PersonRef> {
  const wanted = comparable(text);
  const byEmail = people.find((p) => comparable(p.email) === wanted);
  if (byEmail) return { ok: true, value: { id: byEmail.id, title: byEmail.title, email: byEmail.email } };
  const byName = people.filter((p) => comparable(p.title) === wanted);
  if (byName.length === 1) {
    const p = byName[0]!;
    return { ok: true, value: { id: p.id, title: p.title, email: p.email } };
  }
  if (byName.length > 1) return { ok: false, message: `more than one site user is called "${text}"; use their e-mail address instead.` };
  return { ok: false, message: `"${text}" is not a user of the council's SharePoint site; use their name as the site shows it or their e-mail address, or ask for them to be added to the site.` };
}
