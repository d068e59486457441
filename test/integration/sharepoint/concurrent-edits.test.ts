import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConcurrencyError } from "../../../src/sharepoint/errors/concurrency-error";
import { describeError } from "../../../src/sharepoint/describe-error";
import { and, eq } from "../../../src/sharepoint/odata";
import { auditLogFor, repositoryFor } from "../../../src/sharepoint/repositories";
import { auditEntryFor } from "../../../src/sharepoint/audit-trail";
import { getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";
import { writeWithAudit } from "../../../src/sharepoint/write-with-audit";
import { people, startLocalSite, type LocalSite } from "./local-site";
import { actorOf, arrangement } from "./records-helpers";

const whoAndWhen = /^Jo Bloggs changed this arrangement at \d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}\. Reload to see their changes; nothing you typed has been saved over theirs\.$/;

describe("two officers editing the same arrangement", () => {
  let site: LocalSite;
  beforeAll(async () => (site = await startLocalSite()));
  afterAll(() => site.close());

  it("tells the second officer who changed it and when, and saves nothing over the first", async () => {
    const olivia = site.as(people.olivia);
    const jo = site.as(people.jo);
    const oliviasRegister = repositoryFor(olivia, "Partnerships");
    const { id } = await oliviasRegister.add(arrangement("Safer Streets Partnership"), await actorOf(olivia));
    const oliviasCopy = await oliviasRegister.getById(id);

    await repositoryFor(jo, "Partnerships").update(id, { purpose: "Jo's wording" }, oliviasCopy.etag, await actorOf(jo));
    const stale = oliviasRegister.update(id, { purpose: "Olivia's wording" }, oliviasCopy.etag, await actorOf(olivia));

    const error = await stale.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ConcurrencyError.is(error)).toBe(true);
    expect(describeError(error)).toMatch(whoAndWhen);
    expect((error as ConcurrencyError).changedBy).toMatchObject({ title: "Jo Bloggs" });
    expect((await oliviasRegister.getById(id)).record.purpose).toBe("Jo's wording");
    const trail = await auditLogFor(olivia).query({ filter: and(eq("ListTitle", "Partnerships"), eq("ItemId", id)) });
    expect(trail.map((e) => `${e.record.action} by ${e.record.by?.title}`)).toEqual(["create by Olivia Officer", "update by Jo Bloggs"]);
  });

  it("says the arrangement was deleted when it is gone", async () => {
    const olivia = site.as(people.olivia);
    const register = repositoryFor(olivia, "Partnerships");
    const me = await actorOf(olivia);
    const { id, etag } = await register.add(arrangement("Short-lived Working Group"), me);
    await register.delete(id, etag, me);
    await expect(register.update(id, { purpose: "too late" }, etag, me)).rejects.toThrow(/Someone deleted this arrangement while you were working on it/);
  });

  it("refuses a write without the ETag it was read with", async () => {
    const olivia = site.as(people.olivia);
    await expect(repositoryFor(olivia, "Partnerships").update(1, { purpose: "x" }, "*", await actorOf(olivia))).rejects.toThrow(/ETag/);
  });
});

describe("when SharePoint refuses a write after its audit entry was sent with it", () => {
  let site: LocalSite;
  beforeAll(async () => (site = await startLocalSite()));
  afterAll(() => site.close());

  it("appends a second entry saying the change was not applied, and never edits the first", async () => {
    const sp = site.as(people.olivia);
    const me = await actorOf(sp);
    const register = repositoryFor(sp, "Partnerships");
    const { id, etag } = await register.add(arrangement("Coastal Partnership"), me);
    await register.update(id, { purpose: "Newer wording" }, etag, me);
    const definition = getListDefinition("Partnerships");
    const entry = auditEntryFor({ definition, action: "update", actor: me, itemId: id, arrangementId: id, changes: { purpose: { after: "Stale wording" } } });

    // The same instant race the pre-check cannot see: the batch carries a stale ETag.
    const write = writeWithAudit(
      sp,
      getListDefinition("AuditLog"),
      entry,
      (b) => b.web.lists.getByTitle("Partnerships").items.getById(id).update({ Purpose: "Stale wording" }, etag),
      { listTitle: "Partnerships", noun: "arrangement" },
    );
    await expect(write).rejects.toSatisfy(ConcurrencyError.is);
    const trail = await auditLogFor(sp).query({ filter: and(eq("ListTitle", "Partnerships"), eq("ItemId", id)), orderBy: [{ field: "Id" }] });
    expect(trail.map((e) => e.record.summary?.startsWith("Not applied") ?? false)).toEqual([false, false, false, true]);
    expect((await register.getById(id)).record.purpose).toBe("Newer wording");
  });
});
