import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRegister } from "../../../src/cli/commands/export";
import { importRegister } from "../../../src/cli/commands/import";
import { buildDemoCouncil } from "../../../src/demo-council/index";
import { parseCsv } from "../../../src/register-files/parse-csv";
import { parseXlsx } from "../../../src/register-files/parse-xlsx";
import { bufferOutput } from "../../support/buffer-output";
import { changeManager, startDemoSite, today, type DemoSite } from "./demo-site";

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => site?.close());

const demo = buildDemoCouncil(today);
const names = (match: (a: (typeof demo.arrangements)[number]["record"]) => boolean) => demo.arrangements.filter((a) => match(a.record)).map((a) => a.record.name);
const adHoc = names((a) => a.category === "ad-hoc" || a.subtype === "ad-hoc-resilience");
const confidential = names((a) => a.confidential === true);
const agreed = names((a) => ["active", "under-review", "exiting", "ended"].includes(a.status) && a.confidential !== true && a.category !== "ad-hoc" && a.subtype !== "ad-hoc-resilience");

async function run(format: string, published: boolean) {
  const out = bufferOutput();
  const path = join(site.workDir, `register-${published ? "published" : "internal"}.${format}`);
  const args = ["--site", site.url, "--as", changeManager.email, "--format", format, "--out", path, "--council", "Northbrook Borough Council", "--today", today];
  const code = await exportRegister(published ? [...args, "--published"] : args, out);
  return { code, out, path };
}

describe("npm run cli -- export", () => {
  it("writes the published CSV: no ad hoc arrangement, nothing confidential, and it parses back", async () => {
    expect(adHoc.length).toBeGreaterThan(1);
    expect(confidential.length).toBeGreaterThan(0);
    const { code, out, path } = await run("csv", true);
    expect(code, out.stderr.join("\n")).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/arrangements? left out because the published register does not include ad hoc arrangements \(framework 5\.9c\)/);
    const table = parseCsv(await readFile(path, "utf8"));
    const rowNames = table.rows.map((r) => r.cells[0]);
    expect(rowNames.sort()).toEqual([...agreed].sort());
    for (const name of [...adHoc, ...confidential]) expect(rowNames).not.toContain(name);
    expect(table.headers).not.toContain("Confidential notes");
    const text = await readFile(path, "utf8");
    for (const a of demo.arrangements) if (a.record.confidentialNotes) expect(text).not.toContain(a.record.confidentialNotes.slice(0, 30));
  });

  it("writes the published workbook and web page the same way", async () => {
    const xlsx = await run("xlsx", true);
    expect(xlsx.code).toBe(0);
    const sheet = await parseXlsx(await readFile(xlsx.path));
    expect(sheet.rows.map((r) => r.cells[0]).sort()).toEqual([...agreed].sort());
    expect(sheet.headers).not.toContain("Confidential notes");
    const html = await run("html", true);
    expect(html.code).toBe(0);
    const page = await readFile(html.path, "utf8");
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("Northbrook Borough Council · as at 1 April 2026");
    for (const name of adHoc) expect(page).not.toContain(`>${name}<`);
    expect(page).not.toContain("Confidential notes");
  });

  it("without --published writes the full internal register, confidential fields included, and says so", async () => {
    const { code, out, path } = await run("csv", false);
    expect(code).toBe(0);
    expect(out.stdout.join("\n")).toContain("the INTERNAL register (everything, confidential fields included; for officers, do not publish)");
    const table = parseCsv(await readFile(path, "utf8"));
    expect(table.rows).toHaveLength(demo.arrangements.length);
    expect(table.headers).toContain("Confidential notes");
  });

  it("refuses an unknown format with the usage", async () => {
    const out = bufferOutput();
    await expect(exportRegister(["--site", site.url, "--as", changeManager.email, "--format", "pdf"], out)).rejects.toThrow(/--format must be csv, xlsx or html, not "pdf"/);
  });
});

describe("the internal register, exported and imported again", () => {
  it("reads back without a problem and adds nothing: every row is already on the register", async () => {
    const { path } = await run("xlsx", false);
    const out = bufferOutput();
    const code = await importRegister(["--site", site.url, "--as", changeManager.email, path, "--dry-run"], out);
    expect(out.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(out.stdout).toContain(`${demo.arrangements.length} rows read: 0 to add, ${demo.arrangements.length} already on the register, 0 problems.`);
  });
});
