import type { Server } from "node:http";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import { App, ExpressAdapter } from "@microsoft/teams.apps";
import { ConsoleLogger, type LogLevel } from "@microsoft/teams.common";
import type { BotDeps } from "./bot-deps";
import { onCardAction, type CardActionActivity } from "./on-card-action";
import { onInstall, type InstallActivity } from "./on-install";

/** The bot's Entra app, in a tenant; none in local mode (the SDK then accepts unsigned requests). */
export interface BotCredentials {
  clientId: string;
  clientSecret?: string;
  tenantId?: string;
  managedIdentityClientId?: string;
}

export interface CreateBotAppOptions {
  server: Server;
  credentials?: BotCredentials;
  /**
   * Where the SDK asks for user sign-in tokens on every activity. The bot signs nobody in; in
   * local mode this points somewhere that answers 404 at once, so nothing waits on the internet.
   */
  oauthUrl?: string;
  logLevel?: LogLevel;
  /** Further HTTP routes on the bot's server (POST /api/notify), given the SDK's Express adapter. */
  routes?: (http: ExpressAdapter) => void;
}

/**
 * The Teams SDK v2 app: `card.action` for Action.Execute, installs for remembering people's chats.
 * The handlers live in their own files; this only wires them in. `deps` is filled by the caller
 * once the connector (which needs the app's HTTP client) exists.
 */
export function createBotApp(options: CreateBotAppOptions, deps: () => BotDeps): App {
  const logger = new ConsoleLogger("partnership-register-bot", { level: options.logLevel ?? "warn" });
  const http = new ExpressAdapter(options.server, { logger });
  options.routes?.(http);
  const app = new App({
    ...(options.credentials ?? {}),
    httpServerAdapter: http,
    logger,
    ...(options.oauthUrl ? { apiClientSettings: { oauthUrl: options.oauthUrl } } : {}),
  });
  app.on("card.action", async ({ activity }) => {
    const answer = await onCardAction(deps(), activity as CardActionActivity);
    // Our card type is the Adaptive Card JSON the builders make; the SDK's is its own class-like shape.
    if (answer.type === "application/vnd.microsoft.card.adaptive") return { ...answer, value: answer.value as unknown as IAdaptiveCard };
    if (answer.type === "application/vnd.microsoft.error") return { ...answer, value: { ...answer.value, innerHttpError: { statusCode: 400, body: answer.value.message } } };
    return answer;
  });
  const remember = async (activity: InstallActivity) => {
    try {
      await onInstall(deps(), activity);
    } catch (error) {
      deps().log(`Could not record where to reach the person who installed the app: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
  app.on("install.add", ({ activity }) => remember(activity as InstallActivity));
  app.on("conversationUpdate", ({ activity }) => remember(activity as InstallActivity));
  return app;
}
