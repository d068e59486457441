import { rm } from "node:fs/promises";
import { buildDemoCouncil } from "../../../src/demo-council/index";
import { startStack as startNpmStart } from "../../support/start-stack";

export interface Stack {
  /** The tab's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  siteUrl: string;
  /** Partnerships item ids by the demo's keys. */
  arrangements: Map<string, number>;
  close(): Promise<void>;
}

/**
 * The browser tests run against `npm start`'s own stack (the same script a newcomer runs), on a
 * free port with a throw-away data folder, and learn the demo arrangements' ids by name.
 */
export async function startStack(options: { env?: NodeJS.ProcessEnv } = {}): Promise<Stack> {
  const running = await startNpmStart({ env: options.env });
  const response = await fetch(`${running.siteUrl}/_api/web/lists/getByTitle('Partnerships')/items?$select=Id,Title&$top=5000`, {
    headers: { Accept: "application/json;odata=nometadata" },
  });
  const items = ((await response.json()) as { value: { Id: number; Title: string }[] }).value;
  const idByName = new Map(items.map((i) => [i.Title, i.Id]));
  const demo = buildDemoCouncil(new Date().toISOString().slice(0, 10));
  const arrangements = new Map<string, number>();
  for (const row of demo.arrangements) {
    const id = idByName.get(row.record.name);
    if (id !== undefined) arrangements.set(row.key, id);
  }
  return {
    origin: running.origin,
    siteUrl: running.siteUrl,
    arrangements,
    close: async () => {
      await running.stop();
      await rm(running.dataDir, { recursive: true, force: true });
    },
  };
}
