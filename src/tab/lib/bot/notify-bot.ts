import { botTokenSource } from "./bot-token-source";
import { publishBotWarning } from "./bot-warnings";

export type BotTopic = "approvals" | "reviews";

/** Locally the bot's notify endpoint is proxied on the tab's origin (src/local/teams). */
const localNotifyPath = "/_bot/api/notify";
/** Long enough for a sweep over a large register; the saved work never waits on it. */
const timeoutMs = 20_000;

const late = "Saved. The approvals bot could not be told just now, so the cards will go out at its next scheduled run (npm run cli -- remind).";

/** Where the bot listens in a tenant (VITE_BOT_NOTIFY_URL, e.g. https://<bot host>/api/notify). */
function notifyUrl(): string | undefined {
  if (import.meta.env.VITE_MODE !== "tenant") return localNotifyPath;
  const configured = import.meta.env.VITE_BOT_NOTIFY_URL?.trim();
  return configured ? configured : undefined;
}

/**
 * Tells the approvals bot that stages ("approvals") or reviews ("reviews") have just opened, so
 * their cards go out at once (the bot's POST /api/notify runs that topic's sweeps). Call it AFTER
 * the work is saved. It never throws and never undoes anything: if the bot is down, slow or not
 * configured, it publishes a gentle warning (show it with <BotWarning />) and the scheduled
 * `remind` run sends the cards later.
 */
export async function notifyBot(topic: BotTopic): Promise<void> {
  const url = notifyUrl();
  if (!url) {
    publishBotWarning(`${late.replace(" just now", "")} (The tab has no VITE_BOT_NOTIFY_URL.)`);
    return;
  }
  try {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    const getToken = botTokenSource();
    if (import.meta.env.VITE_MODE === "tenant") {
      if (!getToken) throw new Error("no sign-in for the bot");
      headers.Authorization = `Bearer ${await getToken()}`;
    }
    const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ topic }), signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`the bot answered ${response.status}`);
    const answer = (await response.json().catch(() => ({}))) as { failed?: string[] };
    publishBotWarning(
      answer.failed && answer.failed.length > 0
        ? `Saved. Some cards could not be delivered and will be tried again at the bot's next scheduled run: ${answer.failed.join("; ")}`
        : undefined,
    );
  } catch (error) {
    console.warn(`The approvals bot was not told that ${topic} opened:`, error);
    publishBotWarning(late);
  }
}
