import type { TabMode } from "../app/config/config-schema";

/**
 * Where the Change Manager corrects a list item by hand: the stand-in's item editor in local mode,
 * SharePoint's own item form in the tenant (lists are provisioned at `Lists/<Title>`).
 */
export function listItemAddress(mode: TabMode, siteUrl: string, listTitle: string, id: number): string {
  const site = siteUrl.replace(/\/$/, "");
  const list = encodeURIComponent(listTitle);
  return mode === "local" ? `${site}/_layouts/lists/${list}/${id}` : `${site}/Lists/${list}/DispForm.aspx?ID=${id}`;
}
