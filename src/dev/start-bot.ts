import { demoPeople } from "../demo-council/index";
import { recordLinkFor } from "../bot/record-link";
import { startBotServer, type RunningBot } from "../bot/start-bot-server";
import type { Connector } from "../bot/connector";
import { createSp } from "../sharepoint/create-sp";

export interface StartBotOptions {
  /** The stand-in's site, e.g. http://localhost:5173/sites/partnerships. */
  siteUrl: string;
  port?: number;
  /** Where the tab is served, for the cards' "Open the record" links. */
  tabUrl?: string;
  /**
   * Who the bot's SharePoint requests run as. In a tenant the bot has its own app-only identity;
   * the stand-in knows only people, so the Change Manager (site owner) stands in for it. The
   * audit trail is unaffected: every write names the person who clicked, not the caller.
   */
  serviceUser?: string;
  /** Tests pass a fake; otherwise the SDK's client posts to each conversation's serviceUrl. */
  connector?: Connector;
  log?: (line: string) => void;
}

/** Local mode: no credentials, no internet; `npm start` and the tests call this. */
export function startBot(options: StartBotOptions): Promise<RunningBot> {
  const changeManager = demoPeople.find((p) => p.key === "change-manager") ?? demoPeople[0];
  const user = options.serviceUser ?? changeManager?.email;
  if (!user) throw new Error("the demo council has nobody the bot could act as");
  const sp = createSp({ siteUrl: options.siteUrl, identity: { kind: "local", user } });
  return startBotServer({
    sp,
    port: options.port ?? 3978,
    local: true,
    link: recordLinkFor(options.tabUrl ? { tabUrl: options.tabUrl } : {}),
    ...(options.connector ? { connector: options.connector } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}
