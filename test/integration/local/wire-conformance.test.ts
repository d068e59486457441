import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestSite, type TestSite } from "./helpers";
import { parseWireLog, type WireExchange } from "./wire-log";
import { seedItems } from "../../../src/local/seed";

/**
 * Replays every request PnPjs sent in the shared capture against the stand-in, in order, and
 * checks the answer parses the way PnPjs parses it. The capture's responses came from a
 * throwaway server, so they are compared only where they are facts about the protocol (status
 * class, shapes, ids and versions, nextLinks, batch part counts) — and an unknown list is a 404
 * here, as on SharePoint, whatever the throwaway server said.
 */
const repoRoot = resolve(import.meta.dirname, "../../..");
const logPath = resolve(repoRoot, "../shared/reference/pnpjs-wire-log.txt");
const present = existsSync(logPath);
if (!present) console.warn(`wire-conformance: ${logPath} is absent — skipping the replay of PnPjs's captured requests.`);

const CAPTURED_ORIGIN = "http://127.0.0.1:5055";
let site: TestSite;
let origin: string;

beforeAll(async () => {
  if (!present) return;
  site = await startTestSite({ sitePath: "/sites/test" });
  origin = new URL(site.local.url).origin;
  await site.sp.web.lists.ensure("Partnerships", "", 100);
  await site.sp.web.lists.getByTitle("Partnerships").fields.addChoice("Status", { Choices: ["Active", "Pending"], FillInChoice: true });
  seedItems(site.local.handler.store, "Partnerships", [
    { Title: "Partner 1", Status: "Active" },
    { Title: "Partner 2", Status: "Pending" },
    { Title: "Partner 3", Status: "Active" },
    { Title: "Partner 4", Status: "Pending" },
    { Title: "Partner 5", Status: "Active" },
  ]);
});
afterAll(async () => site?.close());

const exchanges: WireExchange[] = present ? parseWireLog(logPath) : [];
const tryJson = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return undefined; // the capture truncates long bodies with "..."
  }
};
type Row = { Id?: number; "odata.etag"?: string; __metadata?: { etag?: string } };
const rowsOf = (body: unknown): Row[] | undefined => {
  const b = body as { value?: Row[]; d?: { results?: Row[] } } | undefined;
  return b?.value ?? b?.d?.results;
};
const idVersions = (rows: Row[]): string[] => rows.map((r) => `${r.Id}@${(r["odata.etag"] ?? r.__metadata?.etag ?? "").replace(/.*,(\d+)"$/, "$1")}`);
const nextOf = (body: unknown): string | undefined => {
  const b = body as { "odata.nextLink"?: string; d?: { __next?: string } } | undefined;
  return b?.["odata.nextLink"] ?? b?.d?.__next;
};

/** A captured `IF-Match` names the throwaway server's guid; keep its version, use our item's guid. */
async function translateIfMatch(url: string, ifMatch: string | undefined): Promise<string | undefined> {
  if (!ifMatch || ifMatch === "*") return ifMatch;
  const m = /^(.*\/items\(\d+\))/i.exec(url);
  const version = /,(\d+)"$/.exec(ifMatch)?.[1];
  if (!m || !version) return ifMatch;
  const current = await call(m[1] as string);
  const guid = /^"([^,]+),/.exec(current.headers.get("etag") ?? "")?.[1];
  return guid ? `"${guid},${version}"` : ifMatch;
}

describe.skipIf(!present)("PnPjs wire log replayed against the stand-in", () => {
  for (const ex of exchanges) {
    it(`#${ex.index} ${ex.method} ${decodeURIComponent(ex.path).slice(0, 100)}`, async () => {
      const url = `${origin}${ex.path}`;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(ex.headers)) if (!["host", "content-length", "connection", "accept-encoding"].includes(k)) headers[k] = v;
      const ifMatch = await translateIfMatch(url, headers["if-match"]);
      if (ifMatch) headers["if-match"] = ifMatch;
      const body = ex.body.split(CAPTURED_ORIGIN).join(origin);
      const res = await call(url, { method: ex.method, headers, body: ex.method === "GET" ? undefined : body });
      const unknownList = /getByTitle\('Nope'\)/.test(ex.path);
      const expectedStatus = unknownList ? 404 : ex.capturedStatus;
      expect(res.status).toBe(expectedStatus);
      if (res.status >= 400) {
        expect(res.body).toMatchObject({ "odata.error": { code: expect.any(String), message: { lang: "en-US", value: expect.any(String) } } });
        return;
      }
      const captured = tryJson(ex.capturedBody);
      const override = ex.headers["x-http-method"];
      if (ex.path.endsWith("/contextinfo")) {
        expect(res.body).toMatchObject({ FormDigestValue: expect.any(String), FormDigestTimeoutSeconds: 1800 });
      } else if (ex.path.endsWith("/$batch")) {
        const ops = ex.body.split("\n").filter((l) => /^(GET|POST|PUT|PATCH|MERGE|DELETE) https?:\/\//.test(l)).length;
        const boundary = /boundary=(\S+)/.exec(res.headers.get("content-type") ?? "")?.[1];
        expect(boundary).toMatch(/^batchresponse_/);
        const parts = res.text.split("\n").filter((l) => l.startsWith("--batchresponse_") && !l.trim().endsWith("--"));
        expect(parts).toHaveLength(ops);
        const statuses = [...res.text.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1]));
        const capturedStatuses = [...ex.capturedBody.matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)].map((m) => Number(m[1]));
        expect(statuses.slice(0, capturedStatuses.length)).toEqual(capturedStatuses);
      } else if (override === "MERGE") {
        expect(res.status).toBe(204);
        expect(res.headers.get("etag")).toMatch(/^"[0-9a-f-]{36},\d+"$/);
        expect(res.headers.get("etag")?.replace(/.*,/, "")).toBe(ex.capturedHeaders.ETag?.replace(/.*,/, ""));
      } else if (override === "DELETE") {
        expect(res.text).toBe("");
      } else if (ex.method === "POST") {
        const item = (res.body as { d?: Row } & Row).d ?? (res.body as Row);
        expect(item.Id).toBe((captured as { d?: Row } & Row | undefined)?.d?.Id ?? (captured as Row | undefined)?.Id ?? item.Id);
        expect(res.headers.get("etag")).toMatch(/,1"$/);
      } else if (/\/items\(\d+\)/.test(ex.path)) {
        expect(res.body).toHaveProperty("Id");
        expect(res.headers.get("etag")).toBeTruthy();
      } else {
        const rows = rowsOf(res.body);
        expect(Array.isArray(rows)).toBe(true);
        const capturedRows = rowsOf(captured);
        if (capturedRows) expect(idVersions(rows ?? [])).toEqual(idVersions(capturedRows));
        if (captured) expect(nextOf(res.body)).toBe(nextOf(captured)?.split(CAPTURED_ORIGIN).join(origin));
      }
    });
  }
});
