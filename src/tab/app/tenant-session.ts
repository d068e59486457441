import { createMsalClient, msalClientKind } from "../lib/auth/create-msal-client";
import { sharePointScope } from "../lib/auth/sharepoint-scope";
import { signIn, type TokenSource } from "../lib/auth/token-source";
import { botScope, setBotTokenSource } from "../lib/bot/bot-token-source";
import type { SessionStart } from "../lib/session/session-provider";
import type { TenantConfig } from "./config/config-schema";
import type { HostInfo } from "./host/start-host";
import type { SessionOutcome } from "./start-session";

const fromTokens = (config: TenantConfig, source: TokenSource): SessionStart => ({
  config,
  user: { email: source.account.username, title: source.account.name ?? source.account.username },
  getToken: source.getToken,
});

/** Microsoft sign-in: NAA inside Teams, a pop-up outside it. Loaded only in tenant mode (MSAL is large). */
export async function startTenantSession(config: TenantConfig, host: HostInfo): Promise<SessionOutcome> {
  const pca = await createMsalClient(config, host.inTeams, window.location.origin);
  const outcome = await signIn(pca, sharePointScope(config.siteUrl), msalClientKind(host.inTeams) === "standard");
  // The approvals bot's notify endpoint wants a token for the bot's own app (src/bot/notify-auth.ts).
  setBotTokenSource(async () => {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    return (await pca.acquireTokenSilent({ scopes: [botScope(config.botId)], ...(account ? { account } : {}) })).accessToken;
  });
  if ("signedIn" in outcome) return { ready: fromTokens(config, outcome.signedIn) };
  return { signIn: async () => fromTokens(config, await outcome.needsInteraction()) };
}
