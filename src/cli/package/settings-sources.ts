import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "../cli-error";
import { parseEnvFile } from "./env-file";

/** A setting's value and where it came from, so a message can point at the right file. */
export interface Setting {
  value: string;
  source: string;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CliError(`Could not read ${path}: ${(error as Error).message}`);
  }
}

/**
 * Gathers settings, later sources winning: `.env`, then `.env.local` (both optional, in `cwd`),
 * then each `--env-file` in order (must exist), then the process environment — so a CI secret
 * or a one-off `BOT_ID=… npm run package` beats anything in a file, as with dotenv and Vite.
 */
export async function loadSettings(options: { cwd: string; envFiles: string[]; env: NodeJS.ProcessEnv }): Promise<{ settings: Map<string, Setting>; read: string[] }> {
  const settings = new Map<string, Setting>();
  const read: string[] = [];
  const files = [
    ...[".env", ".env.local"].map((name) => ({ name, required: false })),
    ...options.envFiles.map((name) => ({ name, required: true })),
  ];
  for (const file of files) {
    const text = await readOptional(resolve(options.cwd, file.name));
    if (text === undefined) {
      if (file.required) throw new CliError(`The env file ${file.name} does not exist.`);
      continue;
    }
    read.push(file.name);
    for (const [key, value] of parseEnvFile(text, file.name)) settings.set(key, { value, source: file.name });
  }
  for (const [key, value] of Object.entries(options.env)) {
    // An empty variable can never be a valid value; treating it as unset lets the files speak.
    if (value) settings.set(key, { value, source: "the environment" });
  }
  return { settings, read };
}
