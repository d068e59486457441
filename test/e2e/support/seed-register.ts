import { buildDemoCouncil, demoListOrder, demoPeople, resolveDemoRecord, type DemoListTitle, type DemoRow } from "../../../src/demo-council/index";
import type { createSp } from "../../../src/sharepoint/create-sp";
import { repositoryFor, type WritableListTitle } from "../../../src/sharepoint/repositories";

type Sp = ReturnType<typeof createSp>;

/** The lists the shell's pages read, and the reference lists their lookups point into. */
const shellLists: readonly DemoListTitle[] = ["Portfolios", "Directorates", "Objectives", "RoleHolders", "Partnerships"];

/**
 * Fills the stand-in with Northbrook's structure, role holders and register through the same
 * repositories the product writes with. `npm start` will seed the whole demo (src/dev/start.ts);
 * until then the shell's journeys need only these lists. Returns the Partnerships ids by key.
 */
export async function seedRegister(sp: Sp, today: string, siteUserId: (email: string) => number): Promise<Map<string, number>> {
  const council = buildDemoCouncil(today);
  const ids = new Map<string, number>();
  const actor = demoPeople.find((p) => p.key === "change-manager");
  if (!actor) throw new Error("the demo council has no Change Manager");
  const resolver = {
    person: (key: string) => {
      const p = demoPeople.find((d) => d.key === key);
      if (!p) throw new Error(`no demo person "${key}"`);
      // The stand-in numbers its users itself; a real seeder would ensureUser each e-mail.
      return { id: siteUserId(p.email), title: p.title, email: p.email };
    },
    item: (list: string, key: string) => {
      const id = ids.get(`${list}/${key}`);
      if (id === undefined) throw new Error(`${list}/${key} is not written yet`);
      return id;
    },
  };
  for (const { list, property } of demoListOrder) {
    if (!shellLists.includes(list)) continue;
    const repository = repositoryFor(sp, list as WritableListTitle);
    for (const row of council[property] as DemoRow<unknown>[]) {
      const record = resolveDemoRecord(list, row.record, resolver) as Record<string, unknown>;
      const { id } = await repository.add(record, { id: siteUserId(actor.email), title: actor.title, email: actor.email });
      ids.set(`${list}/${row.key}`, id);
    }
  }
  return new Map([...ids].filter(([k]) => k.startsWith("Partnerships/")).map(([k, v]) => [k.slice("Partnerships/".length), v]));
}
