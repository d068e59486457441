import type { IncomingMessage, ServerResponse } from "node:http";
import type { PersonRef } from "../domain/records/person-ref";
import { describeError } from "../sharepoint/describe-error";
import { currentUser } from "../sharepoint/site-users";
import { inBackground, type BotDeps } from "./bot-deps";
import { checkNotifyAuth, type NotifyAuth } from "./notify-auth";
import { isSweepTopic, runSweeps, sweepTopics, type SweepRun, type SweepTopic } from "./sweeps";

/** What POST /api/notify answers: what the sweeps sent, person by person counts. */
export interface NotifyAnswer {
  topic: SweepTopic;
  sent: number;
  unreachable: string[];
  failed: string[];
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 10_000) reject(new Error("the body is too large"));
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });

const send = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...extra });
  res.end(JSON.stringify(body));
};

export interface NotifyRouteOptions {
  auth: NotifyAuth;
  /** The tab's origin in a tenant (TAB_URL), allowed to call across origins; none locally (same origin). */
  allowedOrigin?: string;
}

/**
 * `POST /api/notify {"topic":"approvals"|"reviews"}`: the tab has just opened stages or reviews,
 * so the bot runs that topic's sweeps (sweeps.ts) now rather than at the next scheduled `remind`.
 * Notifies that arrive while a sweep is waiting to start share it; sweeps and the follow-ups of card
 * clicks run one at a time (BotDeps.serial), so a notify sent twice still sends each card once.
 */
export function notifyRoute(deps: BotDeps, options: NotifyRouteOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const waiting = new Map<SweepTopic, Promise<SweepRun>>();
  let actor: Promise<PersonRef> | undefined;
  const actorOf = () => {
    // The bot's own SharePoint identity sends the cards (the app-only principal, or locally the service user).
    actor ??= currentUser(deps.sp).then((u) => ({ id: u.id, title: u.title, email: u.email }));
    return actor.catch((error: unknown) => {
      actor = undefined;
      throw error;
    });
  };
  const sweepSoon = (topic: SweepTopic): Promise<SweepRun> => {
    const queued = waiting.get(topic);
    if (queued) return queued;
    const run = deps.serial(async () => {
      waiting.delete(topic);
      return runSweeps(deps, await actorOf(), topic);
    });
    waiting.set(topic, run);
    inBackground(deps, `The ${topic} sweep`, () => run);
    return run;
  };
  const cors: Record<string, string> = options.allowedOrigin
    ? { "Access-Control-Allow-Origin": options.allowedOrigin, "Access-Control-Allow-Headers": "Authorization, Content-Type", "Access-Control-Allow-Methods": "POST", Vary: "Origin" }
    : {};

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (req.method !== "POST") return send(res, 405, { error: { code: "MethodNotAllowed", message: "The notify endpoint takes POST only." } }, { Allow: "POST", ...cors });
    const allowed = await checkNotifyAuth(options.auth, req.headers);
    if (!allowed.ok) return send(res, allowed.status, { error: { code: allowed.status === 401 ? "Unauthorized" : "Forbidden", message: allowed.message } }, cors);
    let body: unknown;
    try {
      const text = await readBody(req);
      body = text.trim() ? JSON.parse(text) : undefined;
    } catch {
      return send(res, 400, { error: { code: "BadRequest", message: "The body must be JSON like {\"topic\":\"approvals\"}." } }, cors);
    }
    const topic = (body as { topic?: unknown } | undefined)?.topic;
    if (!isSweepTopic(topic)) {
      return send(res, 400, { error: { code: "BadRequest", message: `"topic" must be one of ${sweepTopics.map((t) => `"${t}"`).join(" or ")}.` } }, cors);
    }
    const run = await sweepSoon(topic);
    const answer: NotifyAnswer = {
      topic,
      sent: run.report.sent.length,
      unreachable: run.report.unreachable.map((u) => u.person),
      failed: [...run.report.failed.map((f) => `${f.person}: ${f.error}`), ...run.results.flatMap((r) => (r.error ? [`${r.sweep.id}: ${r.error}`] : []))],
    };
    send(res, 200, answer, cors);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.log(`A notify failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else send(res, 500, { error: { code: "NotifyFailed", message: describeError(error) } }, cors);
    });
  };
}
