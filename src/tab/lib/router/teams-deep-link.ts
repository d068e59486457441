/**
 * Teams deep links to one arrangement. Teams opens the app's tab `entityId` and hands the tab
 * `subEntityId` (TeamsJS: `context.page.subPageId`), which the tab turns back into its own path.
 */
const recordPrefix = "partnerships/";

/** The sub-entity id that names an arrangement (`partnerships/12`). */
export const recordSubEntityId = (id: number | string): string => `${recordPrefix}${id}`;

/**
 * A link that opens the register tab in Teams at one arrangement — for cards, e-mails and exports.
 * `appId` is the Teams app id from the manifest; `entityId` the static tab's entityId.
 */
export function teamsDeepLinkToRecord(appId: string, entityId: string, id: number | string): string {
  const context = JSON.stringify({ subEntityId: recordSubEntityId(id) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?context=${encodeURIComponent(context)}`;
}

/** The in-tab path a sub-entity id points at, or undefined when it is not one we know. */
export function pathForSubEntityId(subEntityId: string | undefined): string | undefined {
  if (!subEntityId) return undefined;
  // The annual register review card opens My work, where each record is confirmed.
  if (subEntityId.trim() === "my-work") return "/my-work";
  const match = /^partnerships\/(\d+)$/.exec(subEntityId.trim());
  return match ? `/partnerships/${match[1]}` : undefined;
}

/** The register's static tab entityId; manifest/ must declare the same value. */
export const registerTabEntityId = "register";
