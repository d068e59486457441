import type { Output } from "../../src/cli/output";

export function bufferOutput(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, log: (l) => stdout.push(l), error: (l) => stderr.push(l) };
}
