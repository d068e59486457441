import type { SPFI } from "@pnp/sp";
import { normaliseText } from "../../register-files/import-key";
import type { ImportContext } from "../../register-files/read-import-cell";
import { readActivePolicy } from "../read-active-policy";
import { readTogether } from "../read-together";
import { repositoryFor } from "../repositories";
import { siteUsers } from "../site-users";

/** An entry already on the register, as the import compares against it. */
export interface ExistingEntry {
  id: number;
  name: string;
}

export interface LoadedImportContext {
  context: ImportContext;
  /** Register entries by ImportKey: rows a previous import brought in. */
  byKey: Map<string, ExistingEntry>;
  /** Register entries by normalised name: ones typed in by hand or seeded. */
  byName: Map<string, ExistingEntry>;
}

/**
 * What a dry run checks the file against, read fresh each time (the commit reads it again, so a
 * row someone added in between is not added twice): the pack, directorates, site users and the
 * register's names and import keys.
 */
export async function readImportContext(sp: SPFI): Promise<LoadedImportContext> {
  const active = await readActivePolicy(sp);
  const [register, directorates] = await readTogether(sp, [
    (b) => repositoryFor(sp, "Partnerships").within(b).query({ select: ["Title", "ImportKey"] }),
    (b) => repositoryFor(sp, "Directorates").within(b).query({ select: ["Title"] }),
  ] as const);
  const people = await siteUsers(sp);
  const byKey = new Map<string, ExistingEntry>();
  const byName = new Map<string, ExistingEntry>();
  for (const row of register) {
    const entry = { id: row.id, name: row.record.name ?? `#${row.id}` };
    if (row.record.importKey) byKey.set(row.record.importKey, entry);
    if (row.record.name) byName.set(normaliseText(row.record.name), entry);
  }
  return {
    context: {
      pack: active.pack,
      directorates: directorates.flatMap((row) => (row.record.name ? [{ id: row.id, name: row.record.name }] : [])),
      people: people.map((p) => ({ id: p.id, title: p.title, email: p.email })),
    },
    byKey,
    byName,
  };
}
