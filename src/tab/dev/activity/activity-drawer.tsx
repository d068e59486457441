import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, makeStyles, MessageBar, MessageBarBody, OverlayDrawer, Spinner, Text, tokens } from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import { navigate } from "../../lib/router/history-location";
import { CardItem } from "./card-item";
import { tabPathForUrl } from "./open-card-url";
import type { InboxState } from "./use-inbox";
import { useCardTheme } from "./use-card-theme";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: "20px", paddingTop: "16px", paddingBottom: "24px", backgroundColor: tokens.colorNeutralBackground2 },
  intro: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  open: boolean;
  personName: string;
  state: InboxState;
  onClose(): void;
}

/**
 * The local stand-in for the person's Teams chat with the approvals bot: every card the bot sent
 * them, newest first, drawn and acted on as Teams would. Development only.
 */
export function ActivityDrawer({ open, personName, state, onClose }: Props) {
  const styles = useStyles();
  const theme = useCardTheme();
  const inbox = state.status === "ready" ? state.inbox : state.status === "error" ? state.last : undefined;

  const openUrl = (url: string) => {
    const path = tabPathForUrl(url);
    if (path) {
      onClose();
      navigate(path);
    } else {
      window.open(url, "_blank", "noopener,noreferrer");
    }
  };

  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby="activity-title">
      <DrawerHeader>
        <DrawerHeaderTitle id="activity-title" action={<Button appearance="subtle" aria-label="Close activity" icon={<Dismiss24Regular />} onClick={onClose} />}>
          Activity
        </DrawerHeaderTitle>
        <Text size={200} className={styles.intro}>
          {personName}'s chat with the approvals bot, as Teams would show it (local mode only).
        </Text>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {state.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>The cards could not be read: {state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "loading" && <Spinner size="small" label="Loading the cards" />}
        {inbox && inbox.activities.length === 0 && <Text>No cards yet. The bot sends one when {personName} has something to approve, give an opinion on or note.</Text>}
        {inbox && !inbox.installed && <Text>The app is not installed for {personName} yet: the bot cannot reach them.</Text>}
        {inbox?.activities.map((activity) => <CardItem key={activity.id} inbox={inbox} activity={activity} theme={theme} onOpenUrl={openUrl} />)}
      </DrawerBody>
    </OverlayDrawer>
  );
}
