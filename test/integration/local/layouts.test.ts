import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";
import { createListFromDefinition, seedItems } from "../../../src/local/seed";
import { call, startTestSite, type TestSite } from "./helpers";

/** The local list views and item editor at `<site>/_layouts/lists`, driven over plain HTTP. */
let site: TestSite;
let layouts: string;
const api = (path: string) => `${site.local.url}/_api/web/lists/getByTitle('Partnerships')${path}`;

beforeAll(async () => {
  site = await startTestSite();
  layouts = `${site.local.url}/_layouts/lists`;
  const store = site.local.handler.store;
  for (const title of ["Portfolios", "Directorates", "Partnerships"]) createListFromDefinition(store, getListDefinition(title));
  seedItems(store, "Portfolios", [
    { Title: "Adult social care", Active: true },
    { Title: "Housing", Active: true },
  ]);
  const rows = Array.from({ length: 150 }, (_, i) => ({
    Title: `Partnership ${String(i + 1).padStart(3, "0")}`,
    Kind: "partnership",
    Status: i % 2 === 0 ? "active" : "proposed",
    Score: i,
    PortfolioId: i === 0 ? 2 : null,
    LeadOfficerId: i === 0 ? 8 : null,
  }));
  seedItems(store, "Partnerships", rows);
});
afterAll(async () => site.close());

async function page(url: string, cookie?: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  return { status: res.status, html: await res.text() };
}

/** The hidden per-form values (`_token`, `_etag`) a browser would post back. */
function hidden(html: string, name: string): string {
  const m = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html);
  if (!m) throw new Error(`no hidden ${name} in the page`);
  return (m[1] as string).replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

async function post(url: string, fields: Record<string, string>, cookie?: string): Promise<{ status: number; location: string | null; html: string }> {
  const res = await fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

async function openEditor(id: number): Promise<{ token: string; etag: string; html: string }> {
  const { status, html } = await page(`${layouts}/Partnerships/${id}`);
  expect(status).toBe(200);
  return { token: hidden(html, "_token"), etag: hidden(html, "_etag"), html };
}

describe("the list index and grid", () => {
  it("lists every list with its item count and a link", async () => {
    const { status, html } = await page(layouts);
    expect(status).toBe(200);
    expect(html).toContain("SharePoint (local stand-in)");
    expect(html).toMatch(/<a href="\/sites\/partnerships\/_layouts\/lists\/Partnerships">Partnerships<\/a><\/th>\s*<td class="num">150<\/td>/);
    expect(html).toMatch(/Portfolios<\/a><\/th>\s*<td class="num">2<\/td>/);
    expect(html).toContain("Directorates");
  });

  it("shows 100 items a page in the definition's column order, with names for people and lookups", async () => {
    const { html } = await page(`${layouts}/Partnerships`);
    const headers = [...html.matchAll(/<th scope="col"[^>]*><a [^>]*>([^<]+)/g)].map((m) => m[1]);
    expect(headers.slice(0, 6)).toEqual(["ID", "Name", "Kind", "Sub-type", "Category", "Scorecard score (%)"]);
    expect(headers.slice(-2)).toEqual(["Modified", "Modified By"]);
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(100);
    expect(html).toContain("Items 1–100 of 150");
    expect(html).toContain('<td>Housing</td>'); // the Portfolio lookup shows the item's Title
    expect(html).toContain('<td>Olivia Officer</td>'); // the Lead officer shows the person's name
    const second = await page(`${layouts}/Partnerships?page=2`);
    expect(second.html).toContain("Items 101–150 of 150");
    expect(second.html).toContain("Partnership 150");
    expect(second.html).not.toContain(">Partnership 001<");
  });

  it("sorts by a column header, descending on request", async () => {
    const { html } = await page(`${layouts}/Partnerships?sort=Score&dir=desc`);
    expect(html).toContain('aria-sort="descending"');
    const titles = [...html.matchAll(/<a href="\/sites\/partnerships\/_layouts\/lists\/Partnerships\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(titles.slice(0, 3)).toEqual(["Partnership 150", "Partnership 149", "Partnership 148"]);
  });

  it("escapes what was typed into a list", async () => {
    seedItems(site.local.handler.store, "Portfolios", [{ Title: '<script>alert("x")</script>', Active: false }]);
    const { html } = await page(`${layouts}/Portfolios`);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});

describe("the item editor", () => {
  it("saves an edit through the REST path, as the local-user cookie's person, durably", async () => {
    const olivia = "local-user=olivia.officer%40council.example";
    const { token, etag } = await openEditor(2);
    const res = await post(`${layouts}/Partnerships/2`, { _token: token, _etag: etag, "f.Status": "screening", "f.Score": "42.5" }, olivia);
    expect(res.status).toBe(303);
    expect(res.location).toBe("/sites/partnerships/_layouts/lists/Partnerships?saved=2");
    const item = (await call(api("/items(2)"))).body as Record<string, unknown>;
    expect(item).toMatchObject({ Status: "screening", Score: 42.5, Title: "Partnership 002", EditorId: 8 });
    expect(item["odata.etag"]).toMatch(/,2"$/);
    const grid = await page(`${site.local.url}/_layouts/lists/Partnerships?saved=2`);
    expect(grid.html).toContain("Item 2 was saved.");
  });

  it("accepts malformed JSON in a JSON note exactly as typed", async () => {
    const { token, etag } = await openEditor(3);
    const typed = '[{"name": "Kent NHS", "sector": }\r\n';
    const res = await post(`${layouts}/Partnerships/3`, { _token: token, _etag: etag, "f.Partners": typed });
    expect(res.status).toBe(303);
    const item = (await call(api("/items(3)"))).body as Record<string, unknown>;
    expect(item.Partners).toBe('[{"name": "Kent NHS", "sector": }\n');
    // Acknowledged means on disk: the write-ahead log already holds it.
    expect(readFileSync(join(site.dataDir, "wal.jsonl"), "utf8")).toContain('Kent NHS\\", \\"sector\\": }');
  });

  it("refuses text in a Number column with SharePoint's message by the field, keeping what was typed", async () => {
    const { token, etag } = await openEditor(4);
    const res = await post(`${layouts}/Partnerships/4`, { _token: token, _etag: etag, "f.Score": "ten", "f.Kind": "shared-service", "f.Purpose": "Typed & kept" });
    expect(res.status).toBe(400);
    expect(res.html).toContain("There is a problem");
    expect(res.html).toContain('<a href="#field-Score">Scorecard score (%): Cannot convert a primitive value to the expected type &#39;Edm.Double&#39;');
    expect(res.html).toMatch(/<span class="error" id="error-field-Score">[\s\S]*?Edm.Double/);
    expect(res.html).toContain('id="field-Score" name="f.Score" value="ten" aria-describedby="error-field-Score" aria-invalid="true"');
    expect(res.html).toContain('name="f.Kind" value="shared-service"');
    expect(res.html).toContain("Typed &amp; kept</textarea>");
    const item = (await call(api("/items(4)"))).body as Record<string, unknown>;
    expect(item).toMatchObject({ Score: 3, Kind: "partnership", Purpose: null });
  });

  it("refuses a choice that is not offered and a missing required value", async () => {
    const { token, etag } = await openEditor(5);
    const res = await post(`${layouts}/Partnerships/5`, { _token: token, _etag: etag, "f.Status": "gone-fishing", "f.Title": "" });
    expect(res.status).toBe(400);
    expect(res.html).toContain("Value &#39;gone-fishing&#39; is not one of the choices of the field &#39;Status&#39;.");
    expect(res.html).toContain("The field &#39;Name&#39; is required and must have a value.");
    const created = await page(`${layouts}/Partnerships/new`);
    const made = await post(`${layouts}/Partnerships/new`, { _token: hidden(created.html, "_token"), _etag: "", "f.Title": "No kind" });
    expect(made.status).toBe(400);
    expect(made.html).toContain("The field &#39;Kind&#39; is required and must have a value.");
    expect(made.html).toContain('name="f.Title" value="No kind"');
  });

  it("tells a stale form who changed the item and when, and overwrites nothing", async () => {
    const mine = await openEditor(6);
    const theirs = await openEditor(6);
    const dan = "local-user=dan.director%40council.example";
    expect((await post(`${layouts}/Partnerships/6`, { _token: theirs.token, _etag: theirs.etag, "f.Status": "ended" }, dan)).status).toBe(303);
    const res = await post(`${layouts}/Partnerships/6`, { _token: mine.token, _etag: mine.etag, "f.Status": "withdrawn" });
    expect(res.status).toBe(409);
    expect(res.html).toMatch(/This item was changed by Dan Director at \d{1,2} \w{3} \d{4}, \d{2}:\d{2} since you opened it/);
    expect(res.html).toContain('<option value="withdrawn" selected>');
    expect(((await call(api("/items(6)"))).body as Record<string, unknown>).Status).toBe("ended");
  });

  it("creates a new item, and refuses a form without its token", async () => {
    const form = await page(`${layouts}/Partnerships/new`);
    const fields = { _etag: "", "f.Title": "Made in the editor", "f.Kind": "working-group", "f.Status": "proposed", "f.Statutory": "true" };
    const forged = await post(`${layouts}/Partnerships/new`, { ...fields, _token: "forged" });
    expect(forged.status).toBe(400);
    expect(forged.html).toContain("This form has expired or did not come from this page");
    const res = await post(`${layouts}/Partnerships/new`, { ...fields, _token: hidden(form.html, "_token") });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/sites/partnerships/_layouts/lists/Partnerships?saved=151");
    expect((await call(api("/items(151)"))).body).toMatchObject({ Title: "Made in the editor", Statutory: true, AuthorId: 7 });
  });

  it("deletes after a confirmation page, with the ETag checked", async () => {
    const { etag } = await openEditor(7);
    const confirm = await page(`${layouts}/Partnerships/7/delete?etag=${encodeURIComponent(etag)}`);
    expect(confirm.html).toContain("Delete Partnership 007?");
    const res = await post(`${layouts}/Partnerships/7/delete`, { _token: hidden(confirm.html, "_token"), _etag: hidden(confirm.html, "_etag") });
    expect(res.status).toBe(303);
    expect((await call(api("/items(7)"))).status).toBe(404);
  });

  it("answers an unknown list or item with SharePoint's message", async () => {
    const list = await page(`${layouts}/Nope`);
    expect(list.status).toBe(404);
    expect(list.html).toContain("List &#39;Nope&#39; does not exist at site with URL");
    expect((await page(`${layouts}/Partnerships/9999`)).status).toBe(404);
  });
});
