import type { SPFI } from "@pnp/sp";
import type { PersonRef } from "../domain/records/person-ref";
import { toSharePointError } from "./errors/to-sharepoint-error";

/** A person of the site as the product shows them. */
export interface SiteUser extends PersonRef {
  id: number;
  title: string;
  email: string;
  loginName: string;
  isSiteAdmin: boolean;
}

interface RawUser {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
  IsSiteAdmin?: boolean;
}

const toSiteUser = (u: RawUser): SiteUser => ({ id: u.Id, title: u.Title, email: u.Email, loginName: u.LoginName, isSiteAdmin: u.IsSiteAdmin === true });
const fields = ["Id", "Title", "Email", "LoginName", "IsSiteAdmin"] as const;

/** The signed-in person (in local mode, the person the switcher acts as). */
export async function currentUser(sp: SPFI): Promise<SiteUser> {
  try {
    return toSiteUser(await sp.web.currentUser.select(...fields)<RawUser>());
  } catch (error) {
    throw await toSharePointError(error);
  }
}

/** Everyone the site knows, people only (SharePoint also lists groups and system accounts). */
export async function siteUsers(sp: SPFI): Promise<SiteUser[]> {
  try {
    const users = await sp.web.siteUsers.select(...fields)<RawUser[]>();
    return users.filter((u) => u.Email).map(toSiteUser).sort((a, b) => a.title.localeCompare(b.title));
  } catch (error) {
    throw await toSharePointError(error);
  }
}

/**
 * Makes sure a person (by e-mail or claims login) is a user of the site, as SharePoint requires
 * before their id can go into a person column; answers their site user.
 */
export async function ensureSiteUser(sp: SPFI, logonName: string): Promise<SiteUser> {
  try {
    const result = await sp.web.ensureUser(logonName);
    return toSiteUser(result as unknown as RawUser);
  } catch (error) {
    throw await toSharePointError(error);
  }
}
