import { createServer, type Server } from "node:http";

/** What the bot posted or updated, as the Teams connector received it. */
export interface ConnectorCall {
  method: "POST" | "PUT";
  conversationId: string;
  activityId: string;
  activity: { type?: string; attachments?: { contentType: string; content: Record<string, unknown> }[] };
  bytes: number;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Members by conversation id, as GET …/members/{id} answers. */
  members: Map<string, { id: string; aadObjectId: string; email: string; name: string }>;
  /** Answer the next N sends with 429 + Retry-After: 0. */
  throttleNext(count: number): void;
  close(): Promise<void>;
}

/** A tiny Bot Connector: POST and PUT activities, GET one member; records every call. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const members = new Map<string, { id: string; aadObjectId: string; email: string; name: string }>();
  let throttled = 0;
  let next = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "Content-Type": "application/json", ...headers });
        res.end(JSON.stringify(json));
      };
      const post = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(url);
      const put = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(url);
      const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(url);
      if (req.method === "POST" && post) {
        if (throttled > 0) {
          throttled--;
          send(429, { error: { code: "TooManyRequests" } }, { "Retry-After": "0" });
          return;
        }
        const activityId = `act-${next++}`;
        calls.push({ method: "POST", conversationId: post[1]!, activityId, activity: JSON.parse(body), bytes: Buffer.byteLength(body) });
        send(201, { id: activityId });
        return;
      }
      if (req.method === "PUT" && put) {
        calls.push({ method: "PUT", conversationId: put[1]!, activityId: put[2]!, activity: JSON.parse(body), bytes: Buffer.byteLength(body) });
        send(200, { id: put[2] });
        return;
      }
      if (req.method === "GET" && member) {
        const found = members.get(member[1]!);
        if (found) send(200, { ...found, userPrincipalName: found.email });
        else send(404, { error: { code: "MemberNotFound" } });
        return;
      }
      send(404, { error: { code: "NotFound", message: `${req.method} ${url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    calls,
    members,
    throttleNext: (count) => {
      throttled = count;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
