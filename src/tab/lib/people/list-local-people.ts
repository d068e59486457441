import { demoPeople } from "../../../demo-council/people";

/** Someone the local stand-in knows, for the person switcher. */
export interface LocalPerson {
  email: string;
  title: string;
  jobTitle: string;
}

/**
 * The people the local stand-in serves. Wanted: the site's users from SharePoint
 * (`sp.web.siteUsers`) through a src/sharepoint call such as `readSiteUsers(sp)`, which does not
 * exist yet and may not be added from the tab (see src/tab/README.md "Gaps"). Until it does, this
 * reads the demo council's directory, which is what `npm start` seeds the stand-in's users from.
 * Only the development-only person switcher imports this file, so it never reaches a production build.
 */
export async function listLocalPeople(): Promise<LocalPerson[]> {
  return demoPeople.map((p) => ({ email: p.email, title: p.title, jobTitle: p.jobTitle }));
}
