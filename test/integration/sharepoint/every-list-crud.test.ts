import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SPFI } from "@pnp/sp";
import { NotFoundError } from "../../../src/sharepoint/errors/not-found-error";
import { listDefinitions, getListDefinition } from "../../../src/sharepoint/lists/load-list-definitions";
import { repositoryFor, type WritableListTitle } from "../../../src/sharepoint/repositories";
import { startLocalSite, type LocalSite } from "./local-site";
import { sampleRecord } from "./sample-records";

const writable = listDefinitions.map((d) => d.title).filter((t): t is WritableListTitle => t !== "AuditLog");

describe("every list can be created, read, changed and deleted through its repository", () => {
  let site: LocalSite;
  let sp: SPFI;
  let actor: { id: number; title: string };
  const made = new Map<string, number>();

  /** An item in `list` for lookups to point at, created once. */
  async function itemIn(list: string): Promise<number> {
    const existing = made.get(list);
    if (existing) return existing;
    const definition = getListDefinition(list);
    for (const field of definition.fields) if (field.type === "Lookup" && field.lookupList) await itemIn(field.lookupList);
    const record = sampleRecord(definition, actor.id, (l) => made.get(l) ?? 0, `Target in ${list}`);
    const { id } = await repositoryFor(sp, list as WritableListTitle).add(record, actor);
    made.set(list, id);
    return id;
  }

  beforeAll(async () => {
    site = await startLocalSite();
    sp = site.as();
    const me = await sp.web.currentUser();
    actor = { id: me.Id, title: me.Title };
  });
  afterAll(() => site.close());

  it.each(writable)("%s", async (title) => {
    const definition = getListDefinition(title);
    for (const field of definition.fields) if (field.type === "Lookup" && field.lookupList) await itemIn(field.lookupList);
    const repository = repositoryFor(sp, title);
    const record = sampleRecord(definition, actor.id, (l) => made.get(l) ?? 0, `A ${definition.record}`);

    const { id, etag } = await repository.add(record, actor);
    const read = await repository.getById(id);
    expect(read.problems).toEqual([]);
    expect(read.etag).toBe(etag);
    for (const field of definition.fields.filter((f) => f.type !== "User")) {
      expect(read.record[field.property as keyof typeof read.record], field.internalName).toEqual(record[field.property]);
    }

    // The kind of edit an officer makes: a note rewritten, a flag turned off, a code corrected.
    const edited =
      definition.fields.find((f) => f.type === "Note" && !f.json) ??
      definition.fields.find((f) => f.type === "Boolean") ??
      definition.fields.find((f) => f.type === "Text") ??
      definition.fields[0];
    const changedProperty = edited?.property ?? "";
    const changed = edited?.type === "Note" ? "Changed after the review meeting." : edited?.type === "Boolean" ? false : "changed-value";
    const updated = await repository.update(id, { [changedProperty]: changed }, read.etag, actor);
    expect(updated.changed).toBe(true);
    expect(updated.etag).not.toBe(read.etag);
    expect((await repository.getById(id)).record).toMatchObject({ [changedProperty]: changed });

    await repository.delete(id, updated.etag, actor);
    await expect(repository.getById(id)).rejects.toSatisfy(NotFoundError.is);
  });
});
