import {
  buildDemoCouncil,
  demoListOrder,
  demoPeople,
  resolveDemoRecord,
  type DemoCouncil,
  type DemoListTitle,
  type LinkResolver,
} from "../../../src/demo-council";

/**
 * Does what a seeder does, without SharePoint: writes the lists in order, giving each row the
 * next fake id, and resolves each row's links against the ids given so far. A link to a row not
 * yet written (or never written) throws, naming it.
 */
export function seedWithFakeIds(council: DemoCouncil): { ids: Map<string, number>; records: Map<DemoListTitle, unknown[]> } {
  const ids = new Map<string, number>();
  const records = new Map<DemoListTitle, unknown[]>();
  let next = 100;
  const resolver: LinkResolver = {
    person(key) {
      const person = demoPeople.find((p) => p.key === key);
      if (!person) throw new Error(`no person "${key}" in the demo directory`);
      return { id: person.id, title: person.title, email: person.email };
    },
    item(list, key) {
      const id = ids.get(`${list}/${key}`);
      if (id === undefined) throw new Error(`a link to ${list} "${key}", which has not been written`);
      return id;
    },
  };
  for (const { list, property } of demoListOrder) {
    const parsed = council[property].map((row) => {
      const record = resolveDemoRecord(list, row.record, resolver);
      ids.set(`${list}/${row.key}`, next++);
      return record;
    });
    records.set(list, parsed);
  }
  return { ids, records };
}

export const today = "2026-05-10";
export const council = buildDemoCouncil(today);
