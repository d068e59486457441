import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The compacted state, written whole to a temp file, fsynced, renamed over the old snapshot and
 * the directory fsynced: after a crash the snapshot is either the old one or the new one, never
 * half of each. `seq` is the last log record it contains, so replay skips what it already holds.
 */
export interface SnapshotFile<S> {
  format: 1;
  seq: number;
  state: S;
}

export function readSnapshot<S>(path: string): SnapshotFile<S> | undefined {
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, "utf8")) as SnapshotFile<S>;
  if (parsed.format !== 1) throw new Error(`${path}: unknown snapshot format ${String(parsed.format)}`);
  return parsed;
}

export function writeSnapshot<S>(path: string, snapshot: SnapshotFile<S>): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  fsyncDirectory(dirname(path));
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
