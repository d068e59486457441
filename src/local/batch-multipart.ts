import { randomUUID } from "node:crypto";
import type { RouteContext, SpRequest, SpResponse } from "./route-types";
import { spErrors } from "./sp-error";

/**
 * `POST _api/$batch`: a multipart/mixed body whose parts are either one HTTP request or a
 * changeset (a nested multipart of writes). Each operation runs through the normal router, in
 * order, as the batch's user. The answer is FLAT — one `--batchresponse_…` part per operation,
 * no nested changeset boundaries — because that is what PnPjs's parser counts (it splits on
 * "\n", so CRLF line ends are fine: it trims them).
 */
export function handleBatch(ctx: RouteContext, run: (req: SpRequest) => SpResponse): SpResponse {
  const boundary = boundaryOf(ctx.req.headers["content-type"]);
  if (!boundary) throw spErrors.badQuery("A $batch request needs Content-Type: multipart/mixed; boundary=….");
  const operations = readOperations(ctx.req.body, boundary, ctx.req.url);
  const responses = operations.map((op) => run(op));
  const id = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const res of responses) {
    out.push(`--${id}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "");
    out.push(`HTTP/1.1 ${res.status} ${statusText(res.status)}`);
    for (const [name, value] of Object.entries(res.headers)) out.push(`${name.toUpperCase()}: ${value}`);
    out.push("");
    out.push(res.status === 204 ? "" : (res.body ?? ""));
  }
  out.push(`--${id}--`, "");
  return { status: 200, headers: { "Content-Type": `multipart/mixed; boundary=${id}` }, body: out.join("\r\n") };
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary=("?)([^";]+)\1/i.exec(contentType ?? "");
  return m?.[2];
}

/** The parts between `--boundary` lines, each as its own text. */
function splitParts(body: string, boundary: string): string[] {
  const lines = body.replace(/\r\n/g, "\n").split("\n");
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (current) parts.push(current.join("\n"));
      current = t.endsWith("--") && t !== `--${boundary}` ? undefined : [];
      continue;
    }
    current?.push(line);
  }
  return parts;
}

function splitHead(text: string): { headers: Record<string, string>; rest: string } {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === "") i++;
  const headers: Record<string, string> = {};
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") {
      i++;
      break;
    }
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(i).join("\n") };
}

function readOperations(body: string, boundary: string, base: URL): SpRequest[] {
  const ops: SpRequest[] = [];
  for (const part of splitParts(body, boundary)) {
    const { headers, rest } = splitHead(part);
    const nested = boundaryOf(headers["content-type"]);
    if (nested && /multipart\/mixed/i.test(headers["content-type"] ?? "")) {
      ops.push(...readOperations(rest, nested, base));
      continue;
    }
    ops.push(readHttpPart(rest, base));
  }
  return ops;
}

function readHttpPart(text: string, base: URL): SpRequest {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === "") i++;
  const requestLine = /^([A-Z]+)\s+(\S+)(\s+HTTP\/[\d.]+)?\s*$/i.exec((lines[i] ?? "").trim());
  if (!requestLine) throw spErrors.badQuery(`A $batch part does not start with a request line: '${lines[i] ?? ""}'.`);
  const { headers, rest } = splitHead(lines.slice(i + 1).join("\n"));
  const verb = (requestLine[1] as string).toUpperCase();
  const override = headers["x-http-method"]?.toUpperCase();
  return {
    method: effectiveMethod(verb, override),
    url: new URL(requestLine[2] as string, base),
    headers,
    body: rest.replace(/\s+$/, ""),
  };
}

/** POST + X-HTTP-Method, and PATCH/PUT, all come down to the verbs the router knows. */
export function effectiveMethod(verb: string, override: string | undefined): string {
  const m = verb === "POST" && override ? override : verb;
  return m === "PATCH" || m === "PUT" ? "MERGE" : m;
}

function statusText(status: number): string {
  const known: Record<number, string> = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    412: "Precondition Failed",
    429: "Too Many Requests",
    500: "Internal Server Error",
  };
  return known[status] ?? "Unknown";
}
