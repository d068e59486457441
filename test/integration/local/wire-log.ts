import { readFileSync } from "node:fs";

/** One exchange from /work/shared/reference/pnpjs-wire-log.txt (requests exact; responses only plausible). */
export interface WireExchange {
  index: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  capturedStatus: number;
  capturedHeaders: Record<string, string>;
  capturedBody: string;
}

export function parseWireLog(path: string): WireExchange[] {
  const text = readFileSync(path, "utf8");
  const out: WireExchange[] = [];
  for (const block of text.split(/^===== /m).slice(1)) {
    const head = /^#(\d+) (\S+) (\S+)\n/.exec(block);
    if (!head) continue;
    const [, index, method, reqPath] = head as unknown as [string, string, string, string];
    const headersText = between(block, "--- request headers\n", "--- request body\n");
    const respLine = /^--- response (\d{3}) (.*)$/m.exec(block);
    if (!respLine) throw new Error(`wire log #${index}: no response line`);
    const bodyStart = block.indexOf("--- request body\n") + "--- request body\n".length;
    const body = block.slice(bodyStart, respLine.index).replace(/\n$/, "");
    const headers: Record<string, string> = {};
    for (const line of headersText.split("\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    out.push({
      index: Number(index),
      method,
      path: reqPath,
      headers,
      body,
      capturedStatus: Number(respLine[1]),
      capturedHeaders: JSON.parse(respLine[2] as string) as Record<string, string>,
      capturedBody: block.slice((respLine.index ?? 0) + respLine[0].length + 1).trim(),
    });
  }
  return out;
}

function between(s: string, a: string, b: string): string {
  const i = s.indexOf(a);
  const j = s.indexOf(b, i);
  return i < 0 || j < 0 ? "" : s.slice(i + a.length, j);
}
