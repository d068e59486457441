import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SPFI } from "@pnp/sp";
import { startLocalSharePoint, type LocalSharePoint } from "../../../src/local/index";
import type { LocalUserInput } from "../../../src/local/users";
import { createSp } from "../../../src/sharepoint/create-sp";
import { listDefinitions } from "../../../src/sharepoint/lists/load-list-definitions";
import { provisionSite } from "../../../src/sharepoint/provision";

/** The people of the test council; Jo edits behind other officers' backs. */
export const people = {
  olivia: { email: "olivia.officer@council.example", title: "Olivia Officer" },
  jo: { email: "jo.bloggs@council.example", title: "Jo Bloggs" },
  chris: { email: "change.manager@council.example", title: "Chris Change-Manager", isSiteAdmin: true },
  leaver: { email: "lee.leaver@council.example", title: "Lee Leaver" },
} satisfies Record<string, LocalUserInput>;

export interface LocalSite {
  server: LocalSharePoint;
  url: string;
  /** PnPjs acting as `person` (default Olivia), retrying throttled requests without real waits. */
  as(person?: LocalUserInput, retry?: { retries?: number }): SPFI;
  close(): Promise<void>;
}

/** A fresh stand-in over real HTTP on loopback, with its own temp data folder. */
export async function startLocalSite(options: { throttleRate?: number; provision?: boolean; retries?: number } = {}): Promise<LocalSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "pr-sp-"));
  const server = await startLocalSharePoint({ port: 0, dataDir, users: Object.values(people), throttleRate: options.throttleRate ?? 0 });
  const as = (person: LocalUserInput = people.olivia, retry: { retries?: number } = {}) =>
    createSp({
      siteUrl: server.url,
      identity: { kind: "local", user: person.email },
      retry: { baseDelayMs: 1, maxDelayMs: 5, ...(options.retries !== undefined ? { retries: options.retries } : {}), ...retry },
    });
  if (options.provision ?? true) await provisionSite(as(people.chris), listDefinitions);
  return {
    server,
    url: server.url,
    as,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
