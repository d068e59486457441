import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import { openRegisterReviewRound, type OpenedRound } from "../../sharepoint/register-review/open-round";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";

/**
 * The Change Manager's "Open the review" button. Opening twice is safe: the answer says what
 * was created and what was already open. `onOpened` reloads progress and tells the bot.
 */
export function OpenRoundButton({ year, period, onOpened }: { year: number; period: string; onOpened: (opened: OpenedRound) => void }) {
  const { sp, user } = useSession();
  const [state, setState] = useState<{ status: "idle" } | { status: "busy" } | { status: "done"; opened: OpenedRound } | { status: "error"; message: string }>({ status: "idle" });
  const open = async () => {
    setState({ status: "busy" });
    try {
      const opened = await openRegisterReviewRound(sp, { year, actor: { id: user.id, title: user.title, email: user.email } });
      setState({ status: "done", opened });
      onOpened(opened);
    } catch (error) {
      console.error("[tab] opening the register review failed:", error);
      setState({ status: "error", message: describeError(error) });
    }
  };
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 12, marginBottom: 16 }}>
      <div>
        <Button appearance="primary" onClick={open} disabled={state.status === "busy"} icon={state.status === "busy" ? <Spinner size="tiny" /> : undefined}>
          {state.status === "busy" ? "Opening…" : `Open the ${period} review`}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === "done" && (
          <MessageBar intent={state.opened.created.length ? "success" : "info"} layout="multiline">
            <MessageBarBody>
              {state.opened.message}
              {state.opened.leftOut.length > 0 && ` ${state.opened.leftOut.length} left out: ${state.opened.leftOut.map((l) => `${l.name} (${l.reason})`).join("; ")}.`}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.status === "error" && <ErrorMessage title="The review could not be opened" message={state.message} />}
    </div>
  );
}
