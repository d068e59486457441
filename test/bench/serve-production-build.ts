import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from "node:fs";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { build } from "vite";

const repoRoot = resolve(import.meta.dirname, "../..");
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

/**
 * The tab as a council would serve it (a production build, local mode) on its own origin, with
 * `/sites/…` passed through to npm start's stand-in — so the timing measures the product, not
 * Vite's development server (unbundled modules, React's development build, StrictMode's double
 * reads, the whole icon library evaluated on every load).
 */
export async function serveProductionBuild(standIn: string, localUser: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), "pr-bench-serve-"));
  const saved = { ...process.env };
  Object.assign(process.env, { VITE_MODE: "local", VITE_LOCAL_USER: localUser });
  try {
    await build({ configFile: join(repoRoot, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env = saved;
  }
  const target = new URL(standIn);
  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/sites/")) return proxy(req, res);
    const file = join(outDir, path);
    const found = file.startsWith(outDir) && existsSync(file) && statSync(file).isFile() ? file : join(outDir, "index.html");
    const immutable = found.includes("/assets/");
    res.writeHead(200, { "Content-Type": types[extname(found)] ?? "application/octet-stream", "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache" });
    res.end(readFileSync(found));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
