import type { SPFI } from "@pnp/sp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBuiltInPack } from "../../../src/policy/built-in-packs";
import type { Actor } from "../../../src/sharepoint/audit-trail";
import { repositoryFor } from "../../../src/sharepoint/repositories";
import { readRoleGaps } from "../../../src/sharepoint/roles/read-role-gaps";
import { people, startLocalSite, type LocalSite } from "./local-site";
import { actorOf } from "./records-helpers";

const gravesham = getBuiltInPack("gravesham")!;

describe("roles with no holder, read from the RoleHolders list", () => {
  let site: LocalSite;
  let sp: SPFI;
  let me: Actor;

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as(people.chris);
    me = await actorOf(sp);
    const holders = repositoryFor(sp, "RoleHolders");
    for (const role of gravesham.roles) await holders.add({ roleId: role.id, person: me }, me);
  });
  afterAll(() => site.close());

  it("finds no gap while every role of the pack is held", async () => {
    expect(await readRoleGaps(sp, gravesham)).toEqual([]);
  });

  it("shows a gap once the Section 151 Officer's row is removed, and only for the roles asked about", async () => {
    const holders = repositoryFor(sp, "RoleHolders");
    const [row] = (await holders.query({ select: ["Title"] })).filter((r) => r.record.roleId === "section-151-officer");
    await holders.delete(row!.id, row!.etag, me);
    expect(await readRoleGaps(sp, gravesham)).toEqual([{ roleId: "section-151-officer", name: "Section 151 Officer", type: "person" }]);
    expect(await readRoleGaps(sp, gravesham, { roles: ["leader", "director"] })).toEqual([]);
  });

  it("treats a holder whose term has ended as no holder", async () => {
    const holders = repositoryFor(sp, "RoleHolders");
    const [row] = (await holders.query({ select: ["Title"] })).filter((r) => r.record.roleId === "leader");
    await holders.update(row!.id, { activeFrom: "2020-05-01", activeTo: "2024-05-01" }, row!.etag, me);
    expect((await readRoleGaps(sp, gravesham, { day: "2026-01-15" })).map((g) => g.roleId)).toEqual(["section-151-officer", "leader"]);
    expect((await readRoleGaps(sp, gravesham, { day: "2023-01-15" })).map((g) => g.roleId)).toEqual(["section-151-officer"]);
  });
});
