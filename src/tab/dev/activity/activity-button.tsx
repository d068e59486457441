import { Button, CounterBadge, makeStyles } from "@fluentui/react-components";
import { Alert24Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useSession } from "../../lib/session/session-context";
import { ActivityDrawer } from "./activity-drawer";
import { countUnread, markSeen } from "./unread";
import { useInbox } from "./use-inbox";

const useStyles = makeStyles({ wrap: { position: "relative", display: "inline-flex" }, badge: { position: "absolute", top: "-6px", right: "-8px" } });

/**
 * Local development only: the header's "Activity" button, with the count of cards that came or
 * changed since the person last looked, and the pane it opens. Loaded only when
 * `import.meta.env.DEV && mode === "local"`, so a production build contains none of it.
 */
export default function ActivityButton() {
  const styles = useStyles();
  const { user } = useSession();
  const { state, reload } = useInbox(user.email);
  const [open, setOpen] = useState(false);
  const activities = state.status === "ready" ? state.inbox.activities : [];
  const unread = open ? 0 : countUnread(user.email, activities);

  // While the pane is open everything in it counts as seen, including cards that arrive meanwhile.
  useEffect(() => {
    if (open) markSeen(user.email, activities);
  }, [open, user.email, activities]);

  return (
    <>
      <span className={styles.wrap}>
        <Button
          appearance="subtle"
          icon={<Alert24Regular />}
          aria-label={unread > 0 ? `Activity, ${unread} new` : "Activity"}
          onClick={() => {
            reload();
            setOpen(true);
          }}
        >
          Activity
        </Button>
        {unread > 0 && <CounterBadge className={styles.badge} count={unread} size="small" color="danger" aria-hidden="true" />}
      </span>
      {/* Mounted only while open: a closed Fluent drawer still leaves focus sentinels on the page. */}
      {open && <ActivityDrawer open personName={user.title} state={state} onClose={() => setOpen(false)} />}
    </>
  );
}
