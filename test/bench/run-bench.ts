import { chromium } from "playwright-core";
import { demoPeople } from "../../src/demo-council/index";
import { startStack } from "../support/start-stack";
import { growRegister } from "./grow-register";
import { measureBundle, type BundleFigures } from "./measure-bundle";
import { serveProductionBuild } from "./serve-production-build";
import { timeFirstRows, type RegisterTiming } from "./time-first-rows";
import { timeCardInvokes, type InvokeTiming } from "./time-card-invokes";

/**
 * `npm run bench`: the budgets DESIGN.md sets for the register, measured — the register route's
 * initial JavaScript (gzip) in local and tenant builds against 250 KB, and the time to first rows
 * with 5,000 arrangements and 100 ms injected SharePoint latency against 1 s. Not part of npm test.
 */
const jsBudgetKb = 250;
const firstRowsBudgetMs = 1000;
const rowsWanted = 5000;
const latencyMs = 100;
const runs = 5;
/** Card actions: Teams gives an invoke 5 s; DESIGN.md's budget is 1 s at p95. */
const invokeBudgetMs = 1000;
const invokeRounds = 12;
/** `npm run bench -- --only invokes` (or `register`) runs one part. */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function bundles(): Promise<BundleFigures[]> {
  const figures: BundleFigures[] = [];
  for (const mode of ["local", "tenant"] as const) {
    process.stdout.write(`Building the tab for production (${mode} mode)…\n`);
    figures.push(await measureBundle(mode));
  }
  return figures;
}

interface Timings {
  production: RegisterTiming[];
  devCold: RegisterTiming;
  dev: RegisterTiming[];
  added: number;
}

async function timings(): Promise<Timings> {
  process.stdout.write(`Starting npm start's stack with SP_LATENCY_MS=${latencyMs} on a fresh data folder…\n`);
  const stack = await startStack({ env: { SP_LATENCY_MS: String(latencyMs) } });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const changeManager = demoPeople.find((p) => p.key === "change-manager") ?? demoPeople[0]!;
    process.stdout.write(`Adding arrangements until the register holds ${rowsWanted.toLocaleString("en-GB")}…\n`);
    const added = await growRegister(stack.siteUrl, changeManager.email, rowsWanted);
    process.stdout.write("Timing the register: production build first, then npm start's development server…\n");
    const served = await serveProductionBuild(stack.origin, changeManager.email);
    const production: RegisterTiming[] = [];
    try {
      await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // One visit to fill the browser's cache, as for an officer who opened the tab yesterday.
      await timeFirstRows(browser, served.origin, rowsWanted);
      for (let i = 0; i < runs; i++) production.push(await timeFirstRows(browser, served.origin, rowsWanted));
    } finally {
      await served.close();
    }
    // The first visit also has Vite compile the modules on demand: reported, not counted.
    const devCold = await timeFirstRows(browser, stack.origin, rowsWanted);
    const dev: RegisterTiming[] = [];
    for (let i = 0; i < runs; i++) dev.push(await timeFirstRows(browser, stack.origin, rowsWanted));
    return { production, devCold, dev, added };
  } finally {
    await browser.close();
    await stack.stop();
  }
}

function reportInvokes(timing: InvokeTiming): void {
  const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });
  const d = stats(timing.decisions);
  const r = stats(timing.refreshes);
  const lines = ["", `Card actions (bot in local mode, ${timing.latencyMs} ms injected on every SharePoint request)`, ""];
  lines.push("| measure | figure | budget | verdict |", "|---|---|---|---|");
  lines.push(`| invoke → decision stored → updated card, ${timing.decisions.length} clicks | p50 ${d.p50.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms, max ${d.max.toFixed(0)} ms | ${invokeBudgetMs} ms p95 (Teams: 5 s) | ${verdict(d.p95 <= invokeBudgetMs)} |`);
  lines.push(`| card refresh (automatic invoke), ${timing.refreshes.length} opens | p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms | | |`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

function report(figures: BundleFigures[], timing: Timings): void {
  const lines: string[] = ["", "Register budgets (DESIGN.md)", ""];
  lines.push("| measure | figure | budget | verdict |", "|---|---|---|---|");
  for (const f of figures) {
    lines.push(`| register route initial JS, gzip, ${f.mode} build | ${kb(f.registerRouteGzip)} | ${jsBudgetKb} KB | ${verdict(f.registerRouteGzip <= jsBudgetKb * 1024)} |`);
  }
  const rows = rowsWanted.toLocaleString("en-GB");
  const firsts = timing.production.map((t) => t.firstRowMs);
  const median = percentile(firsts, 50);
  lines.push(`| first rows on screen, production build, ${rows} arrangements, ${latencyMs} ms latency (median of ${runs}) | ${median.toFixed(0)} ms | ${firstRowsBudgetMs} ms | ${verdict(median <= firstRowsBudgetMs)} |`);
  lines.push(`| … p95 (of ${runs} runs: the slowest) | ${percentile(firsts, 95).toFixed(0)} ms | | |`);
  lines.push(`| all ${rows} rows read, production build (median) | ${percentile(timing.production.map((t) => t.allRowsMs), 50).toFixed(0)} ms | | |`);
  lines.push(`| first rows, npm start's dev server (median of ${runs}; for reference) | ${percentile(timing.dev.map((t) => t.firstRowMs), 50).toFixed(0)} ms | | |`);
  lines.push(`| first rows, first visit to a freshly started dev server | ${timing.devCold.firstRowMs.toFixed(0)} ms | | |`);
  lines.push("", `SharePoint requests while the register loads (production build, one run; ${timing.added} arrangements were added for the bench):`);
  for (const [kind, count] of Object.entries(timing.production[0]?.requests ?? {})) lines.push(`  ${String(count).padStart(3)} × ${kind}`);
  lines.push("", "Register route's JavaScript, largest first:");
  for (const f of figures) {
    lines.push(`  ${f.mode}: ${f.files.map((x) => `${x.file} ${kb(x.gzip)}`).join(", ")}`);
    for (const lazy of f.startUpLazy) lines.push(`    + ${lazy.file} ${kb(lazy.gzip)} — ${lazy.why}`);
  }
  const runsOf = (list: RegisterTiming[]) => list.map((t) => `${t.firstRowMs.toFixed(0)}/${t.allRowsMs.toFixed(0)}`).join(", ");
  lines.push("", `Runs, first row / all rows in ms — production: ${runsOf(timing.production)}; dev server: ${runsOf(timing.dev)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (only !== "invokes") {
  const figures = await bundles();
  const timing = await timings();
  report(figures, timing);
}
if (only !== "register") {
  process.stdout.write(`Timing card actions against the bot at ${latencyMs} ms SharePoint latency…\n`);
  reportInvokes(await timeCardInvokes({ latencyMs, rounds: invokeRounds }));
}
