import { createSp } from "../sharepoint/create-sp";
import { BotConfigError, readBotConfig } from "./config";
import { recordLinkFor } from "./record-link";
import { sharePointAppToken } from "./sharepoint-app-token";
import { startBotServer } from "./start-bot-server";

/**
 * The bot in a tenant: `tsx src/bot/main.ts` (or the built file) behind the Azure Bot resource's
 * messaging endpoint. Settings come from the environment (src/bot/config.ts); nothing is kept on
 * disk, so any number of instances can answer.
 */
try {
  const config = readBotConfig(process.env);
  const access = config.sharePoint;
  const getToken = access.kind === "token" ? async () => access.token : sharePointAppToken({ ...access, siteUrl: config.siteUrl });
  const bot = await startBotServer({
    sp: createSp({ siteUrl: config.siteUrl, identity: { kind: "token", getToken } }),
    port: config.port,
    local: false,
    link: recordLinkFor(config),
    ...(config.tabUrl ? { tabOrigin: new URL(config.tabUrl).origin } : {}),
    credentials: {
      clientId: config.botId,
      ...(config.botPassword ? { clientSecret: config.botPassword } : {}),
      ...(config.botTenantId ? { tenantId: config.botTenantId } : {}),
      ...(config.managedIdentityClientId ? { managedIdentityClientId: config.managedIdentityClientId } : {}),
    },
    logLevel: "info",
  });
  process.stdout.write(`The approvals bot is listening at ${bot.url}\n`);
  const stop = () => void bot.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  process.stderr.write(`${error instanceof BotConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
