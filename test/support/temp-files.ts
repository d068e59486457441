import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes JSON (or raw text) into a fresh temp folder and returns its path. */
export function tempJson(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "pr-test-"));
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}
