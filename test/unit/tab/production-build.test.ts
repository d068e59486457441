import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../..");
let outDir: string;
let files: { name: string; text: string }[];

/**
 * Builds the tab for production exactly as `vite build` does (in local mode, the one where the
 * switcher could matter) and reads what would be deployed. Vitest runs with NODE_ENV=test, which
 * Vite would take for a development build, so the build gets NODE_ENV=production like a real one.
 */
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "tab-build-"));
  const saved = { NODE_ENV: process.env.NODE_ENV, VITE_MODE: process.env.VITE_MODE };
  process.env.NODE_ENV = "production";
  process.env.VITE_MODE = "local";
  try {
    await build({ configFile: join(repoRoot, "vite.config.ts"), root: join(repoRoot, "src/tab"), mode: "production", logLevel: "error", build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const names = (await readdir(outDir, { recursive: true })).filter((n) => /\.(js|css|html|map)$/.test(n));
  files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(outDir, name), "utf8") })));
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const containing = (needle: string) => files.filter((f) => f.text.includes(needle)).map((f) => f.name);

describe("a production build of the tab", () => {
  it("contains no trace of the local person switcher", () => {
    expect(files.length).toBeGreaterThan(3);
    for (const needle of ["Acting as", "local-user", "person-switcher", "PersonSwitcher", "actAs", "Rebecca Thornton", "Monitoring Officer)"]) {
      expect({ needle, files: containing(needle) }).toEqual({ needle, files: [] });
    }
  });

  it("loads each page as its own chunk, so the register's first load carries none of the others", async () => {
    const html = files.find((f) => f.name === "index.html")?.text ?? "";
    const entry = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1] as string);
    const initial = files.filter((f) => f.name === entry || preloaded.includes(f.name));
    const initialText = initial.map((f) => f.text).join("\n");
    expect(initialText).not.toContain("For the Corporate Change Manager: role holders");
    expect(initialText).not.toContain("Reviews overdue and due soon");
    expect(containing("For the Corporate Change Manager: role holders")).toHaveLength(1);
    // The dashboard's charts are a chunk of their own, apart from the dashboard page itself.
    const charts = containing("Council money committed a year, by directorate");
    expect(charts).toHaveLength(1);
    expect(containing("Reviews overdue and due soon")).not.toEqual(charts);
    const gzipKb = initial.reduce((sum, f) => sum + gzipSync(f.text).length, 0) / 1024;
    // DESIGN.md budget: the register route's initial JavaScript stays within 250 KB gzip.
    expect(gzipKb).toBeLessThan(250);
  });
});
