import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { localSharePointPlugin } from "../../../src/dev/local-sharepoint-plugin";
import { demoPeople } from "../../../src/demo-council/index";
import { createSharePointHandler } from "../../../src/local/index";
import { createSp } from "../../../src/sharepoint/create-sp";
import { listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../src/sharepoint/provision";
import { seedRegister } from "./seed-register";

export interface Stack {
  /** The tab's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Partnerships item ids by the demo's keys. */
  arrangements: Map<string, number>;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, "../../..");

/**
 * What `npm start` will do, for tests: the tab in Vite's dev server with the SharePoint stand-in
 * on the same origin, provisioned from sharepoint-lists/ and seeded with the demo register, in a
 * throw-away data folder. The dev server is what the browser tests need (the person switcher
 * exists only in development builds).
 */
export async function startStack(options: { today?: string } = {}): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), "tab-e2e-"));
  const handler = createSharePointHandler({
    dataDir,
    users: demoPeople.map((p) => ({ email: p.email, title: p.title, loginName: p.login, jobTitle: p.jobTitle, department: p.department, isSiteAdmin: p.key === "change-manager" })),
    defaultUser: "laura.pennington@northbrook.example",
  });
  // Vite reads VITE_* from process.env as well as .env files; these tests are local mode.
  process.env.VITE_MODE = "local";
  let server: ViteDevServer | undefined;
  try {
    server = await createServer({
      configFile: join(repoRoot, "vite.config.ts"),
      root: join(repoRoot, "src/tab"),
      logLevel: "warn",
      clearScreen: false,
      plugins: [localSharePointPlugin(handler)],
      server: { port: 0, strictPort: false, host: "127.0.0.1", hmr: false },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("Vite did not get a TCP port");
    const origin = `http://127.0.0.1:${address.port}`;
    const sp = createSp({ siteUrl: `${origin}${handler.sitePath}`, identity: { kind: "local", user: "laura.pennington@northbrook.example" } });
    const report = await provisionSite(sp, listDefinitions);
    if (report.problems.length) throw new Error(`provisioning left problems: ${report.problems.join("; ")}`);
    const siteUserId = (email: string): number => {
      const user = handler.store.findUser(email);
      if (!user) throw new Error(`the stand-in has no user ${email}`);
      return user.Id;
    };
    const arrangements = await seedRegister(sp, options.today ?? new Date().toISOString().slice(0, 10), siteUserId);
    const running = server;
    return {
      origin,
      arrangements,
      close: async () => {
        await running.close();
        handler.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    handler.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
