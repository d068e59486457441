import { App } from "@microsoft/teams.apps";
import { ConsoleLogger } from "@microsoft/teams.common";
import { teamsConnector, type Connector } from "./connector";

/**
 * A connector for sending outside the running bot (the `remind` command on a scheduler). With
 * BOT_ID and BOT_PASSWORD (or a managed identity) in the environment it signs as the bot, as a
 * tenant requires; without them it posts unsigned, which only the local Teams stand-in accepts.
 */
export function standaloneConnector(env: Record<string, string | undefined>): { connector: Connector; signed: boolean } {
  const clientId = env.BOT_ID?.trim();
  const clientSecret = env.BOT_PASSWORD?.trim();
  const managedIdentityClientId = env.BOT_MANAGED_IDENTITY_CLIENT_ID?.trim();
  const tenantId = env.BOT_TENANT_ID?.trim();
  const signed = Boolean(clientId && (clientSecret || managedIdentityClientId));
  const app = new App({
    ...(signed ? { clientId, ...(clientSecret ? { clientSecret } : {}), ...(managedIdentityClientId ? { managedIdentityClientId } : {}), ...(tenantId ? { tenantId } : {}) } : {}),
    logger: new ConsoleLogger("partnership-register-remind", { level: "error" }),
  });
  return { connector: teamsConnector(app.api.http), signed };
}
