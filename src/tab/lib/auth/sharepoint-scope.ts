/**
 * The scope for SharePoint REST calls: `https://<tenant>.sharepoint.com/.default`. SharePoint
 * rejects a Graph token, so the audience must be the site's own host (TOOLCHAIN.md "NAA in tabs").
 */
export function sharePointScope(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.protocol !== "https:" || !/\.sharepoint\.com$/i.test(url.hostname)) {
    throw new Error(`"${siteUrl}" is not a SharePoint Online address, so there is no SharePoint scope for it`);
  }
  return `https://${url.hostname.toLowerCase()}/.default`;
}
