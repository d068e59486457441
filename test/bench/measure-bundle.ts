import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const repoRoot = resolve(import.meta.dirname, "../..");

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFigures {
  mode: "local" | "tenant";
  /** gzip bytes of the entry chunk, its static imports, the register page chunk and its static imports. */
  registerRouteGzip: number;
  files: { file: string; gzip: number }[];
  /** Chunks loaded lazily before the first page in this mode (e.g. MSAL sign-in in the tenant). */
  startUpLazy: { file: string; gzip: number; why: string }[];
}

/** Dummy but well-formed tenant settings: the build only needs them to pass the config check. */
const tenantEnv = {
  VITE_TENANT_ID: "00000000-0000-4000-8000-000000000001",
  VITE_CLIENT_ID: "00000000-0000-4000-8000-000000000002",
  VITE_SITE_URL: "https://contoso.sharepoint.com/sites/partnerships",
  VITE_BOT_ID: "00000000-0000-4000-8000-000000000003",
};

/** Every chunk `key` needs before it can run: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * Builds the tab for production with Vite's JS API (as `npm run build` would) into a temp folder
 * and sums the gzip size of the JavaScript the register route needs at first load, walking the
 * build manifest from the HTML entry and the register page's lazy chunk.
 */
export async function measureBundle(mode: "local" | "tenant"): Promise<BundleFigures> {
  const outDir = mkdtempSync(join(tmpdir(), `pr-bench-build-${mode}-`));
  const saved = { ...process.env };
  Object.assign(process.env, { VITE_MODE: mode }, mode === "tenant" ? tenantEnv : {});
  try {
    await build({ configFile: join(repoRoot, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    process.env = saved;
  }
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Manifest;
    const gzipOf = (key: string) => gzipSync(readFileSync(join(outDir, manifest[key]!.file)), { level: 9 }).length;
    const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
    const page = Object.keys(manifest).find((k) => k.endsWith("register/register-page.tsx"));
    if (!entry || !page) throw new Error("the build manifest has no entry or no register page chunk");
    const keys = new Set([...staticClosure(manifest, entry), ...staticClosure(manifest, page)]);
    const files = [...keys].filter((k) => manifest[k]!.file.endsWith(".js")).map((k) => ({ file: manifest[k]!.file, gzip: gzipOf(k) }));
    const lazy = (suffix: string, why: string) => {
      const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
      return key ? [{ file: manifest[key]!.file, gzip: gzipOf(key), why }] : [];
    };
    const startUpLazy = mode === "tenant" ? lazy("app/tenant-session.ts", "MSAL sign-in, loaded before any page in tenant mode") : [];
    startUpLazy.push(...lazy("teams-js/src/index.js", "TeamsJS, loaded only when the tab runs inside Teams"));
    return { mode, registerRouteGzip: files.reduce((n, f) => n + f.gzip, 0), files: files.sort((a, b) => b.gzip - a.gzip), startUpLazy };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
