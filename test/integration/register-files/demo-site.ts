import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemoCouncil } from "../../../src/cli/seed/seed-demo-council";
import { buildDemoCouncil, demoPeople } from "../../../src/demo-council/index";
import { startLocalSharePoint, type LocalSharePoint } from "../../../src/local/index";
import { createSp } from "../../../src/sharepoint/create-sp";
import { listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../src/sharepoint/provision";

export const today = "2026-04-01";
export const changeManager = demoPeople.find((p) => p.key === "change-manager")!;

export interface DemoSite {
  server: LocalSharePoint;
  url: string;
  workDir: string;
  sp: ReturnType<typeof createSp>;
  close(): Promise<void>;
}

/** The stand-in on an ephemeral port, provisioned and seeded with Northbrook, as `npm start` does. */
export async function startDemoSite(): Promise<DemoSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "pr-register-files-"));
  const workDir = mkdtempSync(join(tmpdir(), "pr-register-out-"));
  const server = await startLocalSharePoint({
    port: 0,
    dataDir,
    users: demoPeople.map((p) => ({ email: p.email, title: p.title, isSiteAdmin: p.key === "change-manager" })),
  });
  const sp = createSp({ siteUrl: server.url, identity: { kind: "local", user: changeManager.email }, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  await provisionSite(sp, listDefinitions);
  await seedDemoCouncil(sp, buildDemoCouncil(today));
  return {
    server,
    url: server.url,
    workDir,
    sp,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
