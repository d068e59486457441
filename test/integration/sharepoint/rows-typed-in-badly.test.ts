import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SPFI } from "@pnp/sp";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { people, startLocalSite, type LocalSite } from "./local-site";

/**
 * The Change Manager edits the SharePoint list directly: a fill-in choice, an emptied title,
 * hand-typed JSON, a lead officer who has since left the council. Each row still comes back,
 * flagged with what is wrong, never thrown and never "fixed".
 */
describe("rows the Change Manager typed into badly", () => {
  let site: LocalSite;
  let sp: SPFI;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as(people.chris);
    const list = sp.web.lists.getByTitle("Partnerships");
    // What a Change Manager can do in list settings: allow typed-in choices, make Title optional.
    await list.fields.getByInternalNameOrTitle("Status").update({ FillInChoice: true }, "SP.FieldChoice");
    await list.fields.getByInternalNameOrTitle("Title").update({ Required: false }, "SP.FieldText");
    const leaver = await sp.web.siteUsers.getByEmail(people.leaver.email)();
    const base = { Kind: "partnership", Status: "proposed" };
    const add = async (name: string, row: Record<string, unknown>) => (ids[name] = Number((await list.items.add({ ...base, ...row })).Id));
    await add("choice", { Title: "Typed-in status", Status: "on hold" });
    await add("title", { Title: "" });
    await add("json", { Title: "Hand-typed partners", Partners: '[{"name": "NHS Kent"' });
    await add("leaver", { Title: "Led by a leaver", LeadOfficerId: leaver.Id });
    await add("good", { Title: "A well-kept row" });
    // Lee leaves the council and is removed from the site.
    site.server.handler.store.users.delete(leaver.Id);
  });
  afterAll(() => site.close());

  it("returns every row, each with its own problem, and the good row with none", async () => {
    const rows = await repositoryFor(sp, "Partnerships").query({ select: ["Title", "Kind", "Status", "Partners", "LeadOfficer"] });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problemsOf = (name: string) => byId.get(ids[name] ?? 0)?.problems.map((p) => `${p.field}: ${p.message}`);
    expect(rows).toHaveLength(5);
    expect(problemsOf("choice")).toEqual([expect.stringMatching(/^status: Status 'on hold' is not one of the choices/)]);
    expect(problemsOf("title")).toEqual([expect.stringMatching(/^name: .*required/)]);
    expect(problemsOf("json")).toEqual([expect.stringMatching(/^partners: .*not valid JSON.*left as typed/)]);
    expect(problemsOf("leaver")).toEqual([expect.stringMatching(/^leadOfficer: .*not a user of this site/)]);
    expect(problemsOf("good")).toEqual([]);
  });

  it("keeps what was typed and never guesses a value for it", async () => {
    const row = await repositoryFor(sp, "Partnerships").getById(ids.json ?? 0);
    expect(row.record.partners).toBeUndefined();
    expect(row.raw.Partners).toBe('[{"name": "NHS Kent"');
    expect(row.record.name).toBe("Hand-typed partners");
  });
});
