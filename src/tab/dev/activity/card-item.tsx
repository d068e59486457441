import { Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { AdaptiveCardView } from "./adaptive-card-view";
import type { CardTheme } from "./host-config";
import type { Inbox, InboxActivity } from "./inbox-types";
import { useCardView } from "./use-card-view";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: "6px", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: "pre-wrap", padding: "12px 16px", borderRadius: "6px", backgroundColor: tokens.colorNeutralBackground1 },
  card: { boxShadow: tokens.shadow4, borderRadius: "6px" },
});

const when = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** One message in the person's chat with the bot: its card (or text), when it came, and what an action said. */
export function CardItem({ inbox, activity, theme, onOpenUrl }: { inbox: Inbox; activity: InboxActivity; theme: CardTheme; onOpenUrl(url: string): void }) {
  const styles = useStyles();
  const view = useCardView(inbox, activity);
  const self = useRef<HTMLElement>(null);
  const acted = useRef(false);
  // When the bot's answer replaces the card, show its top: the new headline is the news.
  useEffect(() => {
    if (!acted.current || view.busy) return;
    acted.current = false;
    self.current?.scrollIntoView({ block: "start" });
  }, [view.card, view.busy]);
  const sender = activity.from?.name ?? inbox.bot.name ?? "The bot";
  const label = `${sender}, ${when.format(new Date(activity.timestamp))}${activity.lastUpdated ? ", updated" : ""}`;

  return (
    <article ref={self} className={styles.item} aria-label={label} tabIndex={-1}>
      <Caption1 className={styles.meta}>
        {sender} · {when.format(new Date(activity.timestamp))}
        {activity.lastUpdated && ` · updated ${when.format(new Date(activity.lastUpdated))}`}
      </Caption1>
      {view.card ? (
        <div className={styles.card}>
          <AdaptiveCardView
            card={view.card}
            theme={theme}
            label={activity.summary ?? "Card"}
            busy={view.busy}
            onOpenUrl={onOpenUrl}
            onExecute={(action) => {
              // The pressed button is about to be replaced with the bot's card: keep focus on this message.
              self.current?.focus({ preventScroll: true });
              acted.current = true;
              void view.run(action);
            }}
          />
        </div>
      ) : (
        <Text className={styles.text}>{activity.text ?? "(an attachment the pane cannot show)"}</Text>
      )}
      <div aria-live="polite">
        {view.note && (
          <MessageBar intent={view.note.intent}>
            <MessageBarBody>{view.note.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </article>
  );
}
