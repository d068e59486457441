import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { Browser, Page } from "playwright-core";
import { Client } from "@microsoft/teams.common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsConnector } from "../../src/bot/connector";
import { recordLinkFor } from "../../src/bot/record-link";
import { sendStageRequests } from "../../src/bot/send-cards";
import { buildDemoCouncil, demoPeople } from "../../src/demo-council/index";
import { readStageContext } from "../../src/sharepoint/approvals/read-stage-context";
import { createSp } from "../../src/sharepoint/create-sp";
import { launchChromium, screenshot } from "./support/browser";
import { startStack, type Stack } from "./support/start-stack";

// The Leader is "you" in the Playground; this arrangement waits for the Leader's approval.
const arrangementKey = "economic-prosperity-board";
const arrangementName = buildDemoCouncil(new Date().toISOString().slice(0, 10)).arrangements.find((a) => a.key === arrangementKey)!.record.name;
const leader = demoPeople.find((p) => p.key === "leader")!;
const changeManager = demoPeople.find((p) => p.key === "change-manager")!;

interface StageRow {
  Id: number;
  ArrangementId: number;
  Status: string;
  StageType: string;
  Decisions?: string;
}

let stack: Stack;
let playground: ChildProcess;
let playgroundUrl: string;
let browser: Browser;
let page: Page;

const rest = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${stack.siteUrl}/_api/web/lists/${path}`, { headers: { Accept: "application/json;odata=nometadata" } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: T }).value;
};

const pendingStage = async (): Promise<StageRow> => {
  const stages = await rest<StageRow[]>("getByTitle('ApprovalStages')/items?$select=Id,ArrangementId,Status,StageType,Decisions&$top=1000");
  const stage = stages.find((s) => s.ArrangementId === stack.arrangements.get(arrangementKey) && s.StageType === "approval" && s.Status === "pending");
  if (!stage) throw new Error(`${arrangementName} has no pending approval stage`);
  return stage;
};

const leaderServiceUrl = async (): Promise<string | undefined> =>
  (await rest<{ Title: string; ServiceUrl: string }[]>("getByTitle('Conversations')/items?$select=Title,ServiceUrl&$top=100")).find((c) => c.Title.length > 0 && c.ServiceUrl && c.Title === leaderObjectId)?.ServiceUrl;
let leaderObjectId = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `npm run playground`'s script, against the test's own npm start, without opening a browser itself. */
async function startPlayground(origin: string): Promise<string> {
  const port = await freePort();
  playground = spawn("npx", ["tsx", "src/dev/playground.ts", "--origin", origin, "--port", String(port), "--as", "leader", "--no-browser"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  playground.stdout!.on("data", (d) => (output += String(d)));
  playground.stderr!.on("data", (d) => (output += String(d)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run playground was not ready in 60 s:\n${output}`)), 60_000);
    playground.stdout!.on("data", () => output.includes("PLAYGROUND READY") && (clearTimeout(timer), resolve()));
    playground.once("exit", (code) => reject(new Error(`npm run playground exited with ${code}:\n${output}`)));
  });
  const url = /Playground\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
  if (!url) throw new Error(`npm run playground printed no address:\n${output}`);
  return url;
}

beforeAll(async () => {
  const { localObjectId } = await import("../../src/bot/local-object-id");
  leaderObjectId = localObjectId(leader.email);
  stack = await startStack();
  playgroundUrl = await startPlayground(stack.origin);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  if (playground?.pid && playground.exitCode === null) {
    const exited = new Promise((resolve) => playground.once("exit", resolve));
    process.kill(-playground.pid, "SIGINT");
    await exited;
  }
  await stack?.close();
});

describe("the Microsoft 365 Agents Playground against our bot", () => {
  it("opening the Playground installs the app for the Leader: the bot now reaches them there", async () => {
    await page.goto(`${playgroundUrl}/`);
    await expect.poll(leaderServiceUrl, { timeout: 30_000 }).toBe(`${playgroundUrl.replace("127.0.0.1", "localhost")}/_connector`);
  });

  it("shows the approval card the bot sends when the stage asks for the Leader", async () => {
    const stage = await pendingStage();
    const sp = createSp({ siteUrl: stack.siteUrl, identity: { kind: "local", user: changeManager.email } });
    const delivery = { sp, connector: teamsConnector(new Client()), link: recordLinkFor({ tabUrl: stack.origin }), log: (line: string) => console.log("[bot]", line) };
    const report = await sendStageRequests(delivery, await readStageContext(sp, stage.Id), stage.Id, { id: changeManager.id, title: changeManager.title, email: changeManager.email });
    expect(report.failed).toEqual([]);
    await expect.poll(() => page.getByText("Your approval is needed").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(arrangementName).count()).toBeGreaterThan(0);
    await screenshot(page, "playground-request");
  });

  it("Approve in the Playground records the decision in the stand-in and the card changes to the decided state", async () => {
    await page.getByRole("button", { name: "Approve" }).last().click();
    await expect.poll(async () => (await pendingStage()).Decisions ?? "", { timeout: 20_000 }).toContain(String(leader.id));
    const decisions = JSON.parse((await pendingStage()).Decisions!) as { by?: number; personId?: number; outcome?: string; decision?: string }[];
    expect(JSON.stringify(decisions)).toMatch(/approve/i);
    await expect.poll(() => page.getByText("Your approval is needed").count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByRole("button", { name: "Approve" }).count()).toBe(0);
    expect(await page.getByText(/Waiting for|Approved/).count()).toBeGreaterThan(0);
    await screenshot(page, "playground-decided");
  });
});
