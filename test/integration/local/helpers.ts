import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spfi, SPBrowser, type SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/fields";
import "@pnp/sp/items";
import "@pnp/sp/site-users/web";
import "@pnp/sp/batching";
import { startLocalSharePoint, type LocalSharePoint, type LocalSharePointOptions } from "../../../src/local/index";

/** A stand-in on an ephemeral loopback port over a fresh temp directory, plus a PnPjs client for it. */
export interface TestSite {
  sp: SPFI;
  local: LocalSharePoint;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestSite(options: Partial<LocalSharePointOptions> = {}): Promise<TestSite> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "local-sp-"));
  const local = await startLocalSharePoint({ port: 0, latencyMs: 0, throttleRate: 0, ...options, dataDir });
  const sp = spfi(local.url).using(SPBrowser());
  return {
    sp,
    local,
    dataDir,
    close: async () => {
      await local.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Partnerships list created over REST the way the product's provisioning does it. */
export async function createPartnerships(sp: SPFI): Promise<void> {
  await sp.web.lists.ensure("Partnerships", "The register", 100);
  const fields = sp.web.lists.getByTitle("Partnerships").fields;
  await fields.addChoice("Status", { Choices: ["Active", "Pending", "Closed"], FillInChoice: false });
  await fields.addNumber("Score");
  await fields.addCurrency("Budget");
  await fields.addDateTime("ReviewDate");
  await fields.addBoolean("Statutory");
  await fields.addMultilineText("Notes");
  await fields.addMultiChoice("Tags", { Choices: ["Health", "Housing", "Care"] });
  await fields.addUser("Owner", { SelectionMode: 0 });
  await fields.addUrl("Link");
}

/** Raw fetch with SharePoint's usual headers, for asserting status codes and bodies directly. */
export async function call(url: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; headers: Headers; text: string; body: unknown }> {
  const headers = new Headers(init.headers);
  if (!headers.has("accept")) headers.set("accept", "application/json");
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json;charset=utf-8");
    body = JSON.stringify(init.json);
  }
  const res = await fetch(url, { ...init, headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined; // not JSON (e.g. multipart): callers use `text`
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}
