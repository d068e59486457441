import type { SPFI } from "@pnp/sp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import { switchPolicy } from "../../../src/sharepoint/policies/switch-policy";
import { readActivePolicy } from "../../../src/sharepoint/read-active-policy";
import { auditLogFor, repositoryFor } from "../../../src/sharepoint/repositories";
import { eq } from "../../../src/sharepoint/odata";
import type { Actor } from "../../../src/sharepoint/audit-trail";
import { people, startLocalSite, type LocalSite } from "./local-site";
import { actorOf } from "./records-helpers";

const gravesham = getBuiltInPack("gravesham")!;
const dartford = getBuiltInPack("dartford")!;

describe("switching the council's policy pack", () => {
  let site: LocalSite;
  let chris: SPFI;
  let changeManager: Actor;
  let gravesRow = 0;

  beforeAll(async () => {
    site = await startLocalSite();
    chris = site.as(people.chris);
    changeManager = await actorOf(chris);
    await repositoryFor(chris, "RoleHolders").add({ roleId: "change-manager", person: changeManager }, changeManager);
    ({ id: gravesRow } = await repositoryFor(chris, "Policies").add({ packId: gravesham.id, version: gravesham.version, pack: gravesham, active: true }, changeManager));
  });
  afterAll(() => site.close());

  const policies = async () =>
    (await repositoryFor(chris, "Policies").query({ select: ["Title", "PackVersion", "Active"], orderBy: [{ field: "ID" }] })).map((r) => [r.record.packId, r.record.version, r.record.active]);

  it("adds a pack the site does not keep yet, makes it active and the old one inactive", async () => {
    const result = await switchPolicy(chris, dartford, changeManager, "Adopting Dartford's code");
    expect(result).toMatchObject({ added: true, deactivated: [{ itemId: gravesRow, packId: "gravesham", version: "1.0.0" }] });
    expect(await policies()).toEqual([
      ["gravesham", "1.0.0", false],
      ["dartford", "1.0.0", true],
    ]);
    const active = await readActivePolicy(chris);
    expect(active).toMatchObject({ source: "site", itemId: result.itemId, problems: [] });
    expect(active.pack.id).toBe("dartford");
  });

  it("switches back to a pack it keeps without adding it again", async () => {
    const result = await switchPolicy(chris, gravesham, changeManager);
    expect(result).toMatchObject({ itemId: gravesRow, added: false });
    expect(await policies()).toEqual([
      ["gravesham", "1.0.0", true],
      ["dartford", "1.0.0", false],
    ]);
    expect((await readActivePolicy(chris)).pack.id).toBe("gravesham");
  });

  it("records every change in the audit log, with the reason given", async () => {
    const entries = await auditLogFor(chris).query({ filter: eq("ListTitle", "Policies") });
    expect(entries.filter((e) => e.record.action === "update")).toHaveLength(3);
    expect(entries.some((e) => e.record.reason === "Adopting Dartford's code")).toBe(true);
  });

  it("refuses anyone who is not the Change Manager, and changes nothing", async () => {
    const olivia = site.as(people.olivia);
    await expect(switchPolicy(olivia, dartford, await actorOf(olivia))).rejects.toThrow(/Only the Corporate Change Manager/);
    expect((await readActivePolicy(chris)).pack.id).toBe("gravesham");
  });

  it("refuses a switch made in the Change Manager's name by someone else", async () => {
    const olivia = site.as(people.olivia);
    await expect(switchPolicy(olivia, dartford, changeManager)).rejects.toThrow(/someone else's name/);
  });

  it("refuses a pack whose rules differ from the stored one of the same version", async () => {
    const edited = { ...dartford, name: "Dartford, edited" };
    await expect(switchPolicy(chris, edited, changeManager)).rejects.toThrow(/new version number/);
  });
});
