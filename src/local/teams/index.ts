import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChannelAccount } from "./activity-types";
import { proxyToBot } from "./bot-proxy";
import { routeConnector } from "./connector-routes";
import { readBody, requestOrigin, sendJson } from "./http-io";
import { installFor, installForEveryone, type InstallOptions } from "./install-app";
import type { LocalTeamsPerson } from "./teams-people";
import { TeamsStore } from "./teams-store";

export type { LocalTeamsPerson } from "./teams-people";
export { teamsUserId, personalConversationId } from "./teams-people";
export type { Activity, StoredActivity } from "./activity-types";

export interface TeamsConnectorOptions {
  /** Where conversations are kept, e.g. `.local/sharepoint/teams/` (reset with the site). */
  dataDir: string;
  /** Everyone the app is installed for. */
  people: readonly LocalTeamsPerson[];
  /** Sent as conversation.tenantId and channelData.tenant.id (default "local"). */
  tenantId?: string;
  /** The bot as Teams names it in activities (`28:<app id>`). */
  bot?: ChannelAccount;
}

export type Next = (error?: unknown) => void;

export interface TeamsConnector {
  (req: IncomingMessage, res: ServerResponse, next?: Next): void;
  readonly store: TeamsStore;
  /** Points the connector (and the `/_bot` proxy) at the bot, then installs the app for everyone. */
  connectBot(botUrl: string, origin: string): Promise<void>;
}

export const connectorPath = "/_connector";
export const botProxyPath = "/_bot/api/messages";
/** Where the tab tells the bot that stages or reviews opened (the bot's POST /api/notify). */
export const botNotifyProxyPath = "/_bot/api/notify";

/**
 * The local Teams: the connector REST API under `/_connector` (where the bot sends cards), the
 * pane's inbox read, and `/_bot/api/messages` (where the pane's invokes reach the real bot).
 * Connect-style middleware, mounted in `npm start`'s server next to the SharePoint stand-in.
 */
export function createTeamsConnector(options: TeamsConnectorOptions): TeamsConnector {
  const store = TeamsStore.open(options.dataDir);
  const tenantId = options.tenantId ?? "local";
  const bot: ChannelAccount = options.bot ?? { id: "28:local-partnership-approvals", name: "Partnership approvals", role: "bot" };
  let botUrl: string | undefined;
  let origin: string | undefined;
  const installOptions = (): InstallOptions => {
    if (!botUrl || !origin) throw new Error("the bot is not connected yet");
    return { botUrl, serviceUrl: `${origin}${connectorPath}`, tenantId, bot, store };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === botProxyPath) return proxyToBot(botUrl, req, res);
    if (path === botNotifyProxyPath) return proxyToBot(botUrl, req, res, "/api/notify");
    const sub = path.slice(connectorPath.length);
    const method = (req.method ?? "GET").toUpperCase();
    if (sub === "/local/status" && method === "GET") return sendJson(res, 200, { botUrl: botUrl ?? null, tenantId, bot, people: options.people.length });
    if (sub === "/local/install" && method === "POST") return reinstall(req, res);
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text.trim() === "" ? undefined : JSON.parse(text);
    } catch (error) {
      return sendJson(res, 400, { error: { code: "BadSyntax", message: `The body is not JSON: ${String(error)}` } });
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const ctx = { store, people: options.people, tenantId, bot, serviceUrl: `${requestOrigin(req)}${connectorPath}` };
    const answer = routeConnector(ctx, { method, path: sub, query: url.searchParams, body });
    sendJson(res, answer.status, answer.body);
  };

  /** `POST /_connector/local/install {"person": e-mail}`: hands a person's chat back to this connector (after the Playground). */
  const reinstall = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { person: email } = JSON.parse((await readBody(req)) || "{}") as { person?: string };
    const person = options.people.find((p) => p.email.toLowerCase() === (email ?? "").toLowerCase());
    if (!person) return sendJson(res, 404, { error: { code: "MemberNotFound", message: `No local person has the e-mail ${email ?? "(none)"}` } });
    await installFor(person, installOptions());
    sendJson(res, 200, { installed: person.email });
  };

  const handler = ((req: IncomingMessage, res: ServerResponse, next?: Next) => {
    // Bot SDKs join serviceUrl and path with a slash of their own; collapse doubled ones.
    const path = (req.url ?? "/").split("?")[0]!.replace(/\/{2,}/g, "/");
    if (!(path === botProxyPath || path === botNotifyProxyPath || path.startsWith(`${connectorPath}/`))) {
      if (next) next();
      else sendJson(res, 404, { error: { code: "NotFound", message: `Not found: ${req.url ?? ""}` } });
      return;
    }
    handle(req, res, path).catch((error: unknown) => {
      // A bug, an I/O failure or the bot being down: say so on stderr and to the caller.
      console.error("[local-teams]", error);
      if (res.headersSent) res.destroy(error instanceof Error ? error : new Error(String(error)));
      else sendJson(res, 502, { error: { code: "LocalTeamsFailure", message: error instanceof Error ? error.message : String(error) } });
    });
  }) as TeamsConnector;

  Object.defineProperties(handler, {
    store: { value: store },
    connectBot: {
      value: async (url: string, at: string) => {
        botUrl = url;
        origin = at.replace(/\/$/, "");
        await installForEveryone(options.people, installOptions());
      },
    },
  });
  return handler;
}
