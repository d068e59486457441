import { useCallback, useEffect, useState } from "react";
import { refreshActionFor } from "./card-refresh";
import { activityVersion, cardOf, type Inbox, type InboxActivity } from "./inbox-types";
import { sendInvoke, type CardAction } from "./send-invoke";

export interface CardView {
  /** The card to draw: this person's own view if the bot gave one, else the card as sent. */
  card: Record<string, unknown> | undefined;
  busy: boolean;
  /** What the last action led to, in words (a bot message or an error). */
  note?: { intent: "info" | "error"; text: string };
  run(action: Omit<CardAction, "trigger">): Promise<void>;
}

/**
 * One card as Teams shows it to one person: on first sight (and whenever the bot updates the
 * message) it runs the card's refresh for them; a button press sends the invoke and shows the
 * card the bot answers with, until the bot changes the message for everyone.
 */
export function useCardView(inbox: Inbox, activity: InboxActivity): CardView {
  const version = activityVersion(activity);
  const sent = cardOf(activity);
  const [own, setOwn] = useState<{ version: string; card: Record<string, unknown> } | undefined>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<CardView["note"]>();

  const send = useCallback(
    async (action: CardAction) => {
      setBusy(true);
      try {
        const outcome = await sendInvoke(inbox, activity.id, action);
        if (outcome.kind === "card") setOwn({ version, card: outcome.card });
        if (action.trigger === "manual" || outcome.kind === "error") {
          setNote(outcome.kind === "card" ? undefined : { intent: outcome.kind === "error" ? "error" : "info", text: outcome.text });
        }
      } catch (error) {
        setNote({ intent: "error", text: `The card action did not reach the bot: ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        setBusy(false);
      }
    },
    [inbox, activity.id, version],
  );

  const refresh = sent ? refreshActionFor(sent, inbox.person) : undefined;
  const refreshKey = refresh ? `${version}:${JSON.stringify(refresh)}` : undefined;
  useEffect(() => {
    if (refresh) void send(refresh);
    // Keyed on the message's version, not on `send`: once per version, as Teams refreshes a
    // card when it comes into view, not on every poll.
  }, [refreshKey]);

  const card = own && own.version === version ? own.card : sent;
  return { card, busy, note, run: (action) => send({ ...action, trigger: "manual" }) };
}
