/**
 * The link a card's "Open the record" button follows: a Teams deep link into the register tab
 * when the Teams app id is known (the tab reads `subEntityId`, see src/tab/lib/router/teams-deep-link.ts),
 * otherwise the tab's own address (local mode, a browser outside Teams).
 */
export type RecordLink = (arrangementId: number) => string;

export function recordLinkFor(options: { teamsAppId?: string; tabUrl?: string }): RecordLink {
  if (options.teamsAppId) {
    const appId = encodeURIComponent(options.teamsAppId);
    return (id) => `https://teams.microsoft.com/l/entity/${appId}/register?context=${encodeURIComponent(JSON.stringify({ subEntityId: `partnerships/${id}` }))}`;
  }
  const base = (options.tabUrl ?? "http://localhost:5173").replace(/\/$/, "");
  return (id) => `${base}/partnerships/${id}`;
}
