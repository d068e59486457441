import { bulkLoad } from "../../sharepoint/bulk-load";
import { PermissionError } from "../../sharepoint/errors/permission-error";
import { ThrottledError } from "../../sharepoint/errors/throttled-error";
import type { createSp } from "../../sharepoint/create-sp";
import { getListDefinition } from "../../sharepoint/lists/load-list-definitions";
import { currentUser, ensureSiteUser, type SiteUser } from "../../sharepoint/site-users";
import { demoListOrder, resolveDemoRecord, type DemoCouncil, type PersonKey } from "../../demo-council/index";
import { getBuiltInPack } from "../../policy/built-in-packs";
import type { PersonRef } from "../../domain/records/person-ref";

type Sp = ReturnType<typeof createSp>;

export interface SeedReport {
  counts: { list: string; items: number }[];
  /** Demo people the site did not know, stood in for by the person running the seed. */
  standIns: string[];
}

/**
 * Writes the demo council into a provisioned site, list by list in dependency order, swapping
 * each demo link for the id SharePoint gave the row it points at. On a real tenant the demo's
 * people do not exist; the person running the seed stands in for them, and the report says so.
 */
export async function seedDemoCouncil(sp: Sp, demo: DemoCouncil, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const people = new Map<PersonKey, PersonRef>();
  const standIns: string[] = [];
  let me: SiteUser | undefined;
  for (const person of demo.people) {
    try {
      const user = await ensureSiteUser(sp, person.email);
      people.set(person.key, { id: user.id, title: user.title, email: user.email });
    } catch (error) {
      // Only "no such person" falls back; a throttled or refused request is a real failure.
      if (ThrottledError.is(error) || PermissionError.is(error)) throw error;
      me ??= await currentUser(sp);
      people.set(person.key, { id: me.id, title: me.title, email: me.email });
      standIns.push(person.title);
    }
  }
  const ids = new Map<string, number>();
  const resolver = {
    person: (key: PersonKey) => people.get(key)!,
    item: (list: string, key: string) => {
      const id = ids.get(`${list}/${key}`);
      if (id === undefined) throw new Error(`the demo links to ${list} "${key}", which was not written first`);
      return id;
    },
  };
  const counts: SeedReport["counts"] = [];
  const pack = getBuiltInPack(demo.policyPackId);
  if (pack) {
    await bulkLoad(sp, getListDefinition("Policies"), [{ packId: pack.id, version: pack.version, pack, active: true }]);
    counts.push({ list: "Policies", items: 1 });
  }
  for (const { list, property } of demoListOrder) {
    const rows = demo[property];
    const records = rows.map((row) => resolveDemoRecord(list, row.record, resolver) as Record<string, unknown>);
    const created = await bulkLoad(sp, getListDefinition(list), records);
    rows.forEach((row, i) => ids.set(`${list}/${row.key}`, created[i]!));
    counts.push({ list, items: created.length });
    log(`  ${list}: ${created.length}`);
  }
  return { counts, standIns };
}
