import { afterEach, describe, expect, it } from "vitest";
import { provision } from "../../../src/cli/commands/provision";
import { CliError } from "../../../src/cli/cli-error";
import { listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../src/sharepoint/provision";
import { bufferOutput } from "../../support/buffer-output";
import { people, startLocalSite, type LocalSite } from "./local-site";

describe("provisioning a site from sharepoint-lists/", () => {
  let site: LocalSite | undefined;
  afterEach(() => site?.close());

  it("creates every list and column on a fresh site, and a second run changes nothing", async () => {
    site = await startLocalSite({ provision: false });
    const sp = site.as(people.chris);
    const first = await provisionSite(sp, listDefinitions);
    expect(first.problems).toEqual([]);
    expect(first.changes.filter((c) => c.change === "created the list").map((c) => c.list).sort()).toEqual(listDefinitions.map((d) => d.title).sort());
    expect(first.changes).toContainEqual({ list: "Risks", change: "indexed column Arrangement" });

    const second = await provisionSite(sp, listDefinitions);
    expect(second).toEqual({ changes: [], problems: [], upToDate: true });
  });

  it("gives each kind of column its SharePoint settings", async () => {
    site = await startLocalSite();
    const sp = site.as(people.chris);
    const partnerships = await sp.web.lists.getByTitle("Partnerships").select("Id")<{ Id: string }>();
    const field = (list: string, name: string) => sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(name)<Record<string, unknown>>();

    expect(await field("Risks", "Arrangement")).toMatchObject({ TypeAsString: "Lookup", LookupField: "Title", Indexed: true, Required: true });
    expect(String((await field("Risks", "Arrangement")).LookupList).replace(/[{}]/g, "").toLowerCase()).toBe(partnerships.Id.toLowerCase());
    expect(await field("ApprovalStages", "Assignees")).toMatchObject({ TypeAsString: "UserMulti", AllowMultipleValues: true });
    expect(await field("Partnerships", "Status")).toMatchObject({ TypeAsString: "Choice", Choices: expect.arrayContaining(["proposed", "withdrawn"]) });
    expect(await field("Partnerships", "StartDate")).toMatchObject({ TypeAsString: "DateTime", DisplayFormat: 0 });
    expect(await field("Partnerships", "Purpose")).toMatchObject({ TypeAsString: "Note", Title: "Purpose" });
    expect(await field("Risks", "Title")).toMatchObject({ Title: "Risk", Required: true });
  });

  it("is run from the command line, printing each change, then 'up to date'", async () => {
    site = await startLocalSite({ provision: false });
    const args = ["--site", site.url, "--as", people.chris.email];
    const out = bufferOutput();
    expect(await provision(args, out)).toBe(0);
    expect(out.stdout).toContain("Partnerships: created the list");
    const again = bufferOutput();
    expect(await provision(args, again)).toBe(0);
    expect(again.stdout).toEqual([`${site.url}: up to date`]);
  });

  it("says plainly when there is no site at the address", async () => {
    site = await startLocalSite({ provision: false });
    const nowhere = site.url.replace("/sites/partnerships", "/sites/nowhere");
    const run = provision(["--site", nowhere, "--as", people.chris.email], bufferOutput());
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(`There is no SharePoint site at ${nowhere}`);
  });
});
