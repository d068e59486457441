import type { createSp } from "../sharepoint/create-sp";

/** The SharePoint site, as src/sharepoint hands it out (the bot never imports PnPjs itself). */
type SPFI = ReturnType<typeof createSp>;
import type { PersonRef } from "../domain/records/person-ref";
import { findConversation } from "../sharepoint/approvals/conversations";
import { ensureSiteUser, siteUsers } from "../sharepoint/site-users";
import type { ConversationAddress, Connector } from "./connector";
import { localObjectId } from "./local-object-id";

/** Who sent an activity, as Teams says: `from.id` (29:…) and the Entra object id. */
export interface TeamsSender {
  userId: string;
  aadObjectId?: string;
}

export interface IdentityOptions {
  /** Local mode: demo people's object ids are derived from their e-mail (localObjectId). */
  local: boolean;
}

/**
 * The site user behind a Teams sender. The Conversations list (written when the app was
 * installed for them) maps Entra object id → site user; failing that the connector is asked for
 * the member's e-mail and SharePoint for the user (what happens after a re-provisioned list);
 * in local mode the demo people's derived object ids are matched against the site's users.
 * Undefined when nobody matches: the bot then answers that it cannot tell who is acting.
 */
export async function siteUserFor(sp: SPFI, sender: TeamsSender, where: ConversationAddress, connector: Connector, options: IdentityOptions): Promise<PersonRef | undefined> {
  const objectId = sender.aadObjectId?.trim();
  if (objectId) {
    const known = await findConversation(sp, objectId);
    if (known?.record.person) return known.record.person;
  }
  const email = await emailFor(sp, sender, where, connector, options);
  if (!email) return undefined;
  const user = await ensureSiteUser(sp, email);
  return { id: user.id, title: user.title, email: user.email };
}

/** The sender's e-mail (or UPN): from the connector, or in local mode from the derived object id. */
export async function emailFor(sp: SPFI, sender: TeamsSender, where: ConversationAddress, connector: Connector, options: IdentityOptions): Promise<string | undefined> {
  if (options.local && sender.aadObjectId) {
    const wanted = sender.aadObjectId.toLowerCase();
    const match = (await siteUsers(sp)).find((u) => localObjectId(u.email) === wanted);
    if (match) return match.email;
  }
  const member = await connector.member(where, sender.userId);
  return member.email ?? member.userPrincipalName;
}
