import type { Segment } from "./route-types";

/**
 * Splits the part of a path after `_api/` into segments — `web`, `lists`, `getByTitle('A/B')`,
 * `items(3)` — honouring quotes, so a list title may contain `/` or `)`. Names are lower-cased
 * (SharePoint's REST names are case-insensitive); arguments keep their case, percent-decoded.
 */
export function parseSegments(rawPath: string): Segment[] {
  const segments: Segment[] = [];
  let current = "";
  let inQuote = false;
  const push = (): void => {
    if (current === "") return;
    const decoded = safeDecode(current);
    const open = decoded.indexOf("(");
    if (open >= 0 && decoded.endsWith(")")) {
      segments.push({ name: decoded.slice(0, open).toLowerCase(), arg: decoded.slice(open + 1, -1) });
    } else {
      segments.push({ name: decoded.toLowerCase() });
    }
    current = "";
  };
  const path = rawPath.replace(/%27/gi, "'");
  for (const ch of path) {
    if (ch === "'") inQuote = !inQuote;
    if (ch === "/" && !inQuote) push();
    else current += ch;
  }
  push();
  return segments;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A stray % that is not an escape is taken literally, as IIS would pass it.
    return s;
  }
}
