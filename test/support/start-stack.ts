import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningStack {
  origin: string;
  siteUrl: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

/**
 * Runs `npm start` as a newcomer would (same script, same flags), on a free port and a fresh data
 * folder, and waits until it says it is ready.
 */
export async function startStack(options: { dataDir?: string; reset?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<RunningStack> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "pr-stack-"));
  const args = ["start", "--", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir, ...(options.reset ? ["--reset"] : [])];
  const child: ChildProcess = spawn("npm", args, { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      done = true;
      resolve(code);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not become ready in 90 s:\n${output}`)), 90_000);
    const check = setInterval(() => {
      if (output.includes("READY")) {
        clearTimeout(timer);
        clearInterval(check);
        resolve();
      }
    }, 100);
    child.on("exit", (code) => {
      clearTimeout(timer);
      clearInterval(check);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  const origin = /Tab\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
  if (!origin) throw new Error(`npm start printed no tab address:\n${output}`);
  return {
    origin,
    siteUrl: `${origin}/sites/partnerships`,
    dataDir,
    output: () => output,
    stop: async () => {
      // npm runs the script in a child; signal the whole group, as Ctrl-C in a terminal does.
      if (!done) process.kill(-child.pid!, "SIGINT");
      return exited;
    },
  };
}
