import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpRequestError } from "@pnp/queryable";
import { call, createPartnerships, startTestSite, type TestSite } from "./helpers";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
  await createPartnerships(site.sp);
});
afterAll(async () => site.close());

const list = () => site.sp.web.lists.getByTitle("Partnerships");

describe("items over PnPjs: create, read, update with ETags, delete", () => {
  it("creates an item (201 + etag) and reads it back with system columns", async () => {
    const me = await site.sp.web.currentUser();
    const added = await list().items.add({ Title: "Kent Care Partnership", Status: "Active", Score: 7, OwnerId: me.Id });
    expect(added.Id).toBe(1);
    expect(added["odata.etag"]).toMatch(/^"[0-9a-f-]{36},1"$/);
    const item = await list().items.getById(1)();
    expect(item).toMatchObject({ Id: 1, ID: 1, Title: "Kent Care Partnership", Status: "Active", Score: 7, OwnerId: me.Id, AuthorId: me.Id, EditorId: me.Id });
    expect(typeof item.Created).toBe("string");
  });

  it("updates with the right ETag, refuses a stale one with 412, and accepts *", async () => {
    const first = await list().items.getById(1)();
    const etag = first["odata.etag"] as string;
    await list().items.getById(1).update({ Status: "Pending" }, etag);
    const err = await list().items.getById(1).update({ Status: "Closed" }, etag).catch((e: HttpRequestError) => e);
    expect((err as HttpRequestError).status).toBe(412);
    const body = (await (err as HttpRequestError).response.json()) as { "odata.error": { message: { value: string } } };
    expect(body["odata.error"].message.value).toBe("The request ETag value does not match the object's ETag value.");
    await list().items.getById(1).update({ Status: "Closed" }, "*");
    const after = await list().items.getById(1)();
    expect(after.Status).toBe("Closed");
    expect(after["odata.etag"]).toMatch(/,3"$/);
  });

  it("MERGE answers 204 with the new ETag header", async () => {
    const res = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items(1)`, {
      method: "POST",
      headers: { "X-HTTP-Method": "MERGE", "IF-MATCH": "*" },
      json: { Score: 9 },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("etag")).toMatch(/,4"$/);
  });

  it("expands a person column with $select=Owner/Title,Owner/EMail", async () => {
    const rows = await list().items.select("Id", "Owner/Title", "Owner/EMail").expand("Owner")();
    expect(rows[0]?.Owner).toEqual({ Title: "Chris Change-Manager", EMail: "change.manager@council.example" });
    const bad = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items?$select=Owner/Title`);
    expect(bad.status).toBe(400);
  });

  it("deletes with an ETag check", async () => {
    const added = await list().items.add({ Title: "To delete" });
    const stale = await list().items.getById(added.Id as number).delete('"00000000-0000-0000-0000-000000000000,1"').catch((e: HttpRequestError) => e);
    expect((stale as HttpRequestError).status).toBe(412);
    await list().items.getById(added.Id as number).delete(added["odata.etag"] as string);
    const gone = await list().items.getById(added.Id as number)().catch((e: HttpRequestError) => e);
    expect((gone as HttpRequestError).status).toBe(404);
  });

  it("answers verbose and nometadata when asked", async () => {
    const verbose = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items?$select=Id,Title`, { headers: { accept: "application/json;odata=verbose" } });
    expect((verbose.body as { d: { results: unknown[] } }).d.results.length).toBeGreaterThan(0);
    const none = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items(1)`, { headers: { accept: "application/json;odata=nometadata" } });
    expect(none.body).not.toHaveProperty("odata.etag");
    expect(none.body).toHaveProperty("Title");
  });

  it("records the acting user from X-Local-User, and refuses an unknown one", async () => {
    const res = await call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items`, {
      method: "POST",
      headers: { "X-Local-User": "olivia.officer@council.example" },
      json: { Title: "By Olivia" },
    });
    expect(res.status).toBe(201);
    const olivia = await call(`${site.local.url}/_api/web/currentuser`, { headers: { cookie: "local-user=olivia.officer%40council.example" } });
    expect((res.body as { AuthorId: number }).AuthorId).toBe((olivia.body as { Id: number }).Id);
    const stranger = await call(`${site.local.url}/_api/web`, { headers: { "X-Local-User": "nobody@else.example" } });
    expect(stranger.status).toBe(403);
  });
});

describe("lists, fields and users", () => {
  it("404s an unknown list in SharePoint's error shape", async () => {
    const res = await call(`${site.local.url}/_api/web/lists/getByTitle('Nope')/items`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      "odata.error": {
        code: "-2130575322, System.ArgumentException",
        message: { lang: "en-US", value: `List 'Nope' does not exist at site with URL '${site.local.url}'.` },
      },
    });
  });

  it("lists.ensure finds an existing list the second time", async () => {
    const again = await site.sp.web.lists.ensure("Partnerships", "The register", 100);
    expect(again.created).toBe(false);
    const found = await site.sp.web.lists.select("Title", "Id").filter("Title eq 'Partnerships'")();
    expect(found).toHaveLength(1);
  });

  it("reports fields with their types and updates them (Indexed, Choices)", async () => {
    const status = await list().fields.getByInternalNameOrTitle("Status")();
    expect(status).toMatchObject({ InternalName: "Status", TypeAsString: "Choice", FieldTypeKind: 6, Choices: ["Active", "Pending", "Closed"], Indexed: false });
    await list().fields.getByInternalNameOrTitle("Status").update({ Indexed: true, Choices: ["Active", "Pending", "Closed", "Exited"] });
    const after = await list().fields.getByInternalNameOrTitle("Status")();
    expect(after).toMatchObject({ Indexed: true, Choices: ["Active", "Pending", "Closed", "Exited"] });
    const visible = await list().fields.select("InternalName").filter("Hidden eq false and InternalName eq 'Owner'")();
    expect(visible).toEqual([expect.objectContaining({ InternalName: "Owner" })]);
  });

  it("adds lookup and XML-defined fields", async () => {
    await site.sp.web.lists.ensure("Councils", "", 100);
    const councils = await site.sp.web.lists.getByTitle("Councils")();
    await list().fields.addLookup("Council", { LookupListId: councils.Id as string, LookupFieldName: "Title" });
    await list().fields.createFieldAsXml(`<Field Type="Choice" Name="Kind" DisplayName="Kind" Required="FALSE"><CHOICES><CHOICE>Shared service</CHOICE><CHOICE>Ad hoc</CHOICE></CHOICES></Field>`);
    const kind = await list().fields.getByInternalNameOrTitle("Kind")();
    expect(kind).toMatchObject({ TypeAsString: "Choice", Choices: ["Shared service", "Ad hoc"] });
    const c = await site.sp.web.lists.getByTitle("Councils").items.add({ Title: "Dartford" });
    await list().items.add({ Title: "With council", CouncilId: c.Id, Kind: "Ad hoc" });
    const rows = await list().items.select("Title", "Council/Title").expand("Council").filter("CouncilId eq " + String(c.Id))();
    expect(rows).toEqual([expect.objectContaining({ Title: "With council", Council: { Title: "Dartford" } })]);
  });

  it("knows its users: siteusers, getById, ensureUser", async () => {
    const users = await site.sp.web.siteUsers();
    expect(users.length).toBe(3);
    const ensured = await site.sp.web.ensureUser("i:0#.f|membership|dan.director@council.example");
    expect(ensured.Title).toBe("Dan Director");
    const byId = await site.sp.web.siteUsers.getById(ensured.Id)();
    expect(byId.Email).toBe("dan.director@council.example");
    const missing = await call(`${site.local.url}/_api/web/ensureuser`, { method: "POST", json: { logonName: "ghost@nowhere.example" } });
    expect(missing.status).toBe(404);
  });
});

describe("validation refuses what SharePoint refuses", () => {
  const post = (json: unknown) => call(`${site.local.url}/_api/web/lists/getByTitle('Partnerships')/items`, { method: "POST", json });
  it.each([
    ["missing Title", { Status: "Active" }, /Title' is required/],
    ["unknown choice", { Title: "x", Status: "Dormant" }, /not one of the choices/],
    ["text in a number", { Title: "x", Score: "lots" }, /Edm.Double/],
    ["bad date", { Title: "x", ReviewDate: "next tuesday" }, /Edm.DateTime/],
    ["string boolean", { Title: "x", Statutory: "yes" }, /Edm.Boolean/],
    ["unknown user", { Title: "x", OwnerId: 999 }, /user with id 999/],
    ["unknown lookup item", { Title: "x", CouncilId: 999 }, /lookup value 999/],
    ["unknown multichoice", { Title: "x", Tags: ["Health", "Space"] }, /not one of the choices/],
  ])("%s → 400", async (_name, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((res.body as { "odata.error": { message: { value: string } } })["odata.error"].message.value).toMatch(message);
  });

  it("unknown property → SharePoint's message", async () => {
    const res = await post({ Title: "x", Foo: 1 });
    expect(res.status).toBe(400);
    expect((res.body as { "odata.error": { message: { value: string } } })["odata.error"].message.value).toBe(
      "The property 'Foo' does not exist on type 'SP.Data.PartnershipsListItem'. Make sure to only use property names that are defined by the type.",
    );
  });

  it("accepts what SharePoint accepts (numeric strings, {results}, nulls, URL objects)", async () => {
    const res = await post({ Title: "ok", Score: "12.5", Tags: { results: ["Care"] }, ReviewDate: null, Link: { Url: "https://example.org", Description: "site" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ Score: 12.5, Tags: ["Care"], ReviewDate: null, Link: { Url: "https://example.org", Description: "site" } });
  });
});
