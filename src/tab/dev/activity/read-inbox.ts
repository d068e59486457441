import type { Inbox } from "./inbox-types";

/** The person's 1:1 chat with the bot, from the local connector on the tab's own origin. */
export async function readInbox(email: string, signal?: AbortSignal): Promise<Inbox> {
  const response = await fetch(`/_connector/local/inbox?person=${encodeURIComponent(email)}`, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) throw new Error(`The local Teams connector answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return (await response.json()) as Inbox;
}
