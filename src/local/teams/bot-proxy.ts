import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "./http-io";

/**
 * `/_bot/api/messages` on the tab's origin, passed through untouched to the bot's real endpoint:
 * the activity pane posts the same invoke Teams would, and the browser needs no CORS to do it.
 */
export async function proxyToBot(botUrl: string | undefined, req: IncomingMessage, res: ServerResponse, path = "/api/messages"): Promise<void> {
  if (!botUrl) {
    res.writeHead(503, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { code: "BotNotRunning", message: "The approvals bot has not started yet." } }));
    return;
  }
  if (req.method !== "POST") {
    res.writeHead(405, { Allow: "POST", "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { code: "MethodNotAllowed", message: "The bot endpoint takes POST only." } }));
    return;
  }
  const body = await readBody(req);
  // `/_bot/api/notify` goes to the bot's notify endpoint beside its messaging endpoint.
  const answer = await fetch(new URL(path, botUrl), { method: "POST", headers: { "Content-Type": "application/json" }, body });
  const text = await answer.text();
  res.writeHead(answer.status, { "Content-Type": answer.headers.get("content-type") ?? "application/json", "Cache-Control": "no-store" });
  res.end(text);
}
