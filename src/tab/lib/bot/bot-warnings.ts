/**
 * Warnings from telling the bot (notify-bot.ts), for whichever page is showing: the work is saved
 * either way; only the cards may be late. A tiny publish/subscribe so callers of notifyBot need
 * not handle anything, and a page shows the latest warning with <BotWarning />.
 */
export type BotWarningListener = (message: string | undefined) => void;

const listeners = new Set<BotWarningListener>();
let latest: string | undefined;

export function publishBotWarning(message: string | undefined): void {
  latest = message;
  for (const listener of listeners) listener(message);
}

export function subscribeBotWarnings(listener: BotWarningListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const latestBotWarning = (): string | undefined => latest;
