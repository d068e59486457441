/**
 * How the tab gets an Entra access token for the approvals bot's own app, in a tenant: set once
 * sign-in has finished (app/tenant-session.ts), read by notify-bot.ts. Locally nothing is set and
 * none is needed: the bot is on the tab's origin and accepts unsigned calls.
 */
let source: (() => Promise<string>) | undefined;

export function setBotTokenSource(getToken: () => Promise<string>): void {
  source = getToken;
}

export const botTokenSource = (): (() => Promise<string>) | undefined => source;

/**
 * The scope the tab asks for: the bot's Entra app must expose an API with the scope
 * `access_as_user` (Application ID URI `api://<bot app id>`), and the tab's app must be granted it.
 */
export const botScope = (botId: string): string => `api://${botId}/access_as_user`;
