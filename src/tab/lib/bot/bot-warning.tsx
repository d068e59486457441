import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { latestBotWarning, subscribeBotWarnings } from "./bot-warnings";

/**
 * The latest warning from telling the approvals bot (notify-bot.ts), as a polite status: the work
 * is saved; only the cards may come later. Shows nothing when the bot was told.
 */
export function BotWarning() {
  const [message, setMessage] = useState<string | undefined>(latestBotWarning);
  useEffect(() => subscribeBotWarnings(setMessage), []);
  if (!message) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status" style={{ marginBottom: 16 }}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
