import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startTestSite, type TestSite } from "./helpers";
import { createListFromDefinition, seedItems } from "../../../src/local/seed";
import { listDefinitionSchema } from "../../../src/sharepoint/lists/list-definition";

const COUNT = 12_000;
let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
  const store = site.local.handler.store;
  createListFromDefinition(
    store,
    listDefinitionSchema.parse({
      title: "BigList",
      description: "Many rows",
      record: "row",
      fields: [
        { internalName: "Title", displayName: "Title", type: "Text", property: "title", required: true },
        { internalName: "Status", displayName: "Status", type: "Choice", property: "status", choices: ["Open", "Shut"], indexed: true },
        { internalName: "Borough", displayName: "Borough", type: "Text", property: "borough" },
      ],
    }),
  );
  const rows = Array.from({ length: COUNT }, (_, i) => ({ Title: `Row ${i + 1}`, Status: i % 3 === 0 ? "Shut" : "Open", Borough: `B${i % 10}` }));
  seedItems(store, "BigList", rows);
});
afterAll(async () => site.close());

describe("paging 12,000 items", () => {
  it("follows odata.nextLink through every page with PnPjs", async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of site.sp.web.lists.getByTitle("BigList").items.select("Id", "Title").top(5000)) {
      pages++;
      for (const row of page) seen.push(row.Id as number);
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
    expect(seen[COUNT - 1]).toBe(COUNT);
  });

  it("defaults $top to 100 and encodes the skiptoken like SharePoint", async () => {
    const res = await call(`${site.local.url}/_api/web/lists/getByTitle('BigList')/items?%24select=Id`);
    const body = res.body as { value: { Id: number }[]; "odata.nextLink": string };
    expect(body.value).toHaveLength(100);
    expect(body["odata.nextLink"]).toBe(`${site.local.url}/_api/web/lists/getByTitle('BigList')/items?%24select=Id&%24skiptoken=Paged%3DTRUE%26p_ID%3D100`);
  });
});

describe("list view threshold", () => {
  it("refuses a filter on an unindexed column over 5,000 items", async () => {
    const res = await call(`${site.local.url}/_api/web/lists/getByTitle('BigList')/items?$filter=${encodeURIComponent("Borough eq 'B3'")}`);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      "odata.error": {
        code: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
        message: { lang: "en-US", value: "The attempted operation is prohibited because it exceeds the list view threshold." },
      },
    });
    const sorted = await call(`${site.local.url}/_api/web/lists/getByTitle('BigList')/items?$orderby=Borough`);
    expect(sorted.status).toBe(500);
  });

  it("answers filters on indexed columns and on Id", async () => {
    const rows = await site.sp.web.lists.getByTitle("BigList").items.select("Id").filter("Status eq 'Shut' and Id gt 11990").top(50)();
    expect(rows.map((r) => r.Id)).toEqual([11992, 11995, 11998]);
  });

  it("answers the unindexed filter once the column is indexed", async () => {
    await site.sp.web.lists.getByTitle("BigList").fields.getByInternalNameOrTitle("Borough").update({ Indexed: true });
    const rows = await site.sp.web.lists.getByTitle("BigList").items.select("Id").filter("Borough eq 'B3'").top(5000)();
    expect(rows).toHaveLength(COUNT / 10);
  });
});
