import type { SPFI } from "@pnp/sp";
import { toSharePointError } from "../errors/to-sharepoint-error";

/** The site's own title, the last resort for naming the council on an exported register. */
export async function siteTitle(sp: SPFI): Promise<string> {
  try {
    return (await sp.web.select("Title")<{ Title: string }>()).Title;
  } catch (error) {
    throw await toSharePointError(error);
  }
}
