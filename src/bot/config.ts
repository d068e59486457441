/**
 * The bot's settings, from the environment. In a tenant it needs its Entra app (BOT_ID with
 * BOT_PASSWORD, or a managed identity), the SharePoint site and an app-only way into it. Local
 * mode needs none of them: `npm start` passes the stand-in's site and acts as a demo person.
 * Every problem names the variable to set, all at once.
 */
export type SharePointAccess =
  | { kind: "token"; token: string }
  | { kind: "certificate"; tenantId: string; clientId: string; certificatePath: string; privateKeyPath: string };

export interface TenantBotConfig {
  mode: "tenant";
  botId: string;
  botPassword?: string;
  managedIdentityClientId?: string;
  botTenantId?: string;
  siteUrl: string;
  sharePoint: SharePointAccess;
  /** The Teams app id (manifest `id`), for deep links to a record. */
  teamsAppId?: string;
  /** Where the tab is served, for record links when there is no Teams app id. */
  tabUrl?: string;
  port: number;
}

export class BotConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The approvals bot cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "BotConfigError";
  }
}

type Env = Record<string, string | undefined>;
const value = (env: Env, name: string): string | undefined => (env[name]?.trim() ? env[name]?.trim() : undefined);

export function readBotConfig(env: Env): TenantBotConfig {
  const problems: string[] = [];
  const botId = value(env, "BOT_ID");
  const botPassword = value(env, "BOT_PASSWORD");
  const managedIdentityClientId = value(env, "BOT_MANAGED_IDENTITY_CLIENT_ID");
  if (!botId) problems.push("BOT_ID is not set: give the bot's Entra app (client) id.");
  if (!botPassword && !managedIdentityClientId) problems.push("Neither BOT_PASSWORD (the app's client secret) nor BOT_MANAGED_IDENTITY_CLIENT_ID is set: the bot needs one to send cards.");
  const siteUrl = value(env, "SP_SITE_URL");
  if (!siteUrl) problems.push("SP_SITE_URL is not set: give the partnerships site, e.g. https://council.sharepoint.com/sites/partnerships.");
  else if (!/^https:\/\//.test(siteUrl)) problems.push(`SP_SITE_URL must start https:// (got "${siteUrl}").`);
  const sharePoint = sharePointAccess(env, problems);
  const rawPort = value(env, "PORT") ?? "3978";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number (got "${rawPort}").`);
  if (problems.length > 0 || !botId || !siteUrl || !sharePoint) throw new BotConfigError(problems);
  const optional = (name: string) => value(env, name);
  return {
    mode: "tenant",
    botId,
    ...(botPassword ? { botPassword } : {}),
    ...(managedIdentityClientId ? { managedIdentityClientId } : {}),
    ...(optional("BOT_TENANT_ID") ? { botTenantId: optional("BOT_TENANT_ID") } : {}),
    siteUrl: siteUrl.replace(/\/$/, ""),
    sharePoint,
    ...(optional("TEAMS_APP_ID") ? { teamsAppId: optional("TEAMS_APP_ID") } : {}),
    ...(optional("TAB_URL") ? { tabUrl: optional("TAB_URL") } : {}),
    port,
  };
}

/**
 * SharePoint Online accepts app-only tokens for Entra apps only when signed with a certificate,
 * so that is the standing setting; SP_TOKEN (a bearer obtained elsewhere) suits a short trial.
 */
function sharePointAccess(env: Env, problems: string[]): SharePointAccess | undefined {
  const token = value(env, "SP_TOKEN");
  if (token) return { kind: "token", token };
  const tenantId = value(env, "SP_TENANT_ID") ?? value(env, "BOT_TENANT_ID");
  const clientId = value(env, "SP_CLIENT_ID");
  const certificatePath = value(env, "SP_CERTIFICATE_PATH");
  const privateKeyPath = value(env, "SP_PRIVATE_KEY_PATH");
  const missing = [
    ...(tenantId ? [] : ["SP_TENANT_ID (or BOT_TENANT_ID)"]),
    ...(clientId ? [] : ["SP_CLIENT_ID"]),
    ...(certificatePath ? [] : ["SP_CERTIFICATE_PATH"]),
    ...(privateKeyPath ? [] : ["SP_PRIVATE_KEY_PATH"]),
  ];
  if (missing.length > 0) {
    problems.push(`The bot cannot reach SharePoint: set ${missing.join(", ")} for app-only access with a certificate (or SP_TOKEN for a short trial).`);
    return undefined;
  }
  return { kind: "certificate", tenantId: tenantId!, clientId: clientId!, certificatePath: certificatePath!, privateKeyPath: privateKeyPath! };
}
