import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemoCouncil } from "../../../src/cli/seed/seed-demo-council";
import { buildDemoCouncil, demoPeople } from "../../../src/demo-council/index";
import { localObjectId } from "../../../src/bot/local-object-id";
import type { RunningBot } from "../../../src/bot/start-bot-server";
import { startBot } from "../../../src/dev/start-bot";
import { startLocalSharePoint, type LocalSharePoint } from "../../../src/local/index";
import { createSp } from "../../../src/sharepoint/create-sp";
import { listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../src/sharepoint/provision";
import { startFakeConnector, type FakeConnector } from "./fake-connector";

export const today = new Date().toISOString().slice(0, 10);
export const person = (key: string) => {
  const found = demoPeople.find((p) => p.key === key);
  if (!found) throw new Error(`no demo person ${key}`);
  return found;
};

export interface BotSite {
  sharePoint: LocalSharePoint;
  sp: ReturnType<typeof createSp>;
  connector: FakeConnector;
  bot: RunningBot;
  logs: string[];
  /** Posts an activity to the bot as Teams would; answers status and JSON body. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown; ms: number }>;
  /** Installs the app for a demo person (installationUpdate), as Teams does. */
  install(key: string): Promise<void>;
  close(): Promise<void>;
}

export const userIdOf = (key: string) => `29:test-${localObjectId(person(key).email)}`;
export const conversationOf = (key: string) => `a:personal-${key}`;

/** The stand-in (provisioned, seeded), a fake connector and the bot in local mode, all on loopback. */
export async function startBotSite(options: { latencyMs?: number } = {}): Promise<BotSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "pr-bot-"));
  const users = demoPeople.map((p) => ({ email: p.email, title: p.title, isSiteAdmin: p.key === "change-manager" }));
  const spFor = (url: string) => createSp({ siteUrl: url, identity: { kind: "local", user: person("change-manager").email }, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  let sharePoint = await startLocalSharePoint({ port: 0, dataDir, users });
  await provisionSite(spFor(sharePoint.url), listDefinitions);
  await seedDemoCouncil(spFor(sharePoint.url), buildDemoCouncil(today));
  if (options.latencyMs) {
    // Seeded without delay; the same data is then served with the latency under test.
    await sharePoint.close();
    sharePoint = await startLocalSharePoint({ port: 0, dataDir, users, latencyMs: options.latencyMs });
  }
  const sp = spFor(sharePoint.url);
  const connector = await startFakeConnector();
  const logs: string[] = [];
  const bot = await startBot({ siteUrl: sharePoint.url, port: 0, tabUrl: "http://localhost:5173", log: (line) => logs.push(line) });
  const post = async (activity: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(bot.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, ms: performance.now() - started };
  };
  const install = async (key: string) => {
    const p = person(key);
    const aadObjectId = localObjectId(p.email);
    connector.members.set(conversationOf(key), { id: userIdOf(key), aadObjectId, email: p.email, name: p.title });
    const answer = await post({
      type: "installationUpdate",
      action: "add",
      id: `install-${key}`,
      channelId: "msteams",
      serviceUrl: connector.url,
      from: { id: userIdOf(key), aadObjectId, name: p.title },
      recipient: { id: "28:partnership-register-bot", name: "Partnership Register" },
      conversation: { id: conversationOf(key), conversationType: "personal", tenantId: "local-tenant" },
      channelData: { tenant: { id: "local-tenant" } },
    });
    if (answer.status >= 300) throw new Error(`install for ${key} answered ${answer.status}`);
  };
  return {
    sharePoint,
    sp,
    connector,
    bot,
    logs,
    post,
    install,
    close: async () => {
      await bot.close();
      await connector.close();
      await sharePoint.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An `adaptiveCard/action` invoke shaped exactly as Teams sends it. */
export function invoke(key: string, serviceUrl: string, verb: string, data: Record<string, unknown>, trigger: "manual" | "automatic" = "manual") {
  const p = person(key);
  return {
    type: "invoke",
    name: "adaptiveCard/action",
    id: `invoke-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl,
    from: { id: userIdOf(key), aadObjectId: localObjectId(p.email), name: p.title },
    recipient: { id: "28:partnership-register-bot", name: "Partnership Register" },
    conversation: { id: conversationOf(key), conversationType: "personal", tenantId: "local-tenant" },
    value: { action: { type: "Action.Execute", verb, data }, trigger },
  };
}
