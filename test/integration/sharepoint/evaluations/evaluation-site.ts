import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemoCouncil } from "../../../../src/cli/seed/seed-demo-council";
import { buildDemoCouncil, demoPeople } from "../../../../src/demo-council/index";
import type { PersonRef } from "../../../../src/domain/records/person-ref";
import { startLocalSharePoint, type LocalSharePoint } from "../../../../src/local/index";
import { createSp } from "../../../../src/sharepoint/create-sp";
import { listDefinitions } from "../../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../../src/sharepoint/provision";
import { repositoryFor } from "../../../../src/sharepoint/repositories";
import { ensureSiteUser } from "../../../../src/sharepoint/site-users";
import { siteToday } from "../../../../src/sharepoint/roles/site-today";

type Sp = ReturnType<typeof createSp>;

export const today = siteToday();

export interface EvaluationSite {
  server: LocalSharePoint;
  /** PnPjs signed in as a demo person (by key, e.g. "hos-economy"). */
  as(key: string): Sp;
  /** The demo person's site user, as the tab would know them. */
  person(key: string): Promise<PersonRef>;
  portfolioId(name: string): Promise<number>;
  directorateId(name: string): Promise<number>;
  close(): Promise<void>;
}

/** The stand-in on a free port, provisioned and seeded with the Northbrook demo council, as `npm start` does. */
export async function startEvaluationSite(): Promise<EvaluationSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "pr-evaluations-"));
  const server = await startLocalSharePoint({
    port: 0,
    dataDir,
    users: demoPeople.map((p) => ({ email: p.email, title: p.title, isSiteAdmin: p.key === "change-manager" })),
  });
  const emailOf = (key: string) => {
    const found = demoPeople.find((p) => p.key === key);
    if (!found) throw new Error(`no demo person ${key}`);
    return found.email;
  };
  const as = (key: string) => createSp({ siteUrl: server.url, identity: { kind: "local", user: emailOf(key) }, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const admin = as("change-manager");
  await provisionSite(admin, listDefinitions);
  await seedDemoCouncil(admin, buildDemoCouncil(today));
  const byName = async (list: "Portfolios" | "Directorates", name: string) => {
    const row = (await repositoryFor(admin, list).query({ select: ["Title"] })).find((r) => r.record.name === name);
    if (!row) throw new Error(`no ${list} item called ${name}`);
    return row.id;
  };
  return {
    server,
    as,
    person: async (key) => {
      const user = await ensureSiteUser(admin, emailOf(key));
      return { id: user.id, title: user.title, email: user.email };
    },
    portfolioId: (name) => byName("Portfolios", name),
    directorateId: (name) => byName("Directorates", name),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
