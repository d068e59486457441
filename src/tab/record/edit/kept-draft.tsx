import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Draft } from "./edit-draft";
import { editFields } from "./edit-fields";

const useStyles = makeStyles({ list: { margin: "4px 0 0", paddingLeft: "20px" }, value: { whiteSpace: "pre-wrap" } });

/** After a reload, what the person had typed but not saved: kept until they use it or let it go. */
export function KeptDraft({ kept, onUse, onDiscard }: { kept: Draft; onUse: () => void; onDiscard: () => void }) {
  const styles = useStyles();
  const lines = editFields.filter((f) => f.property in kept);
  return (
    <MessageBar intent="info" layout="multiline" aria-labelledby="kept-draft-title">
      <MessageBarBody>
        <MessageBarTitle id="kept-draft-title">What you typed is kept; it has not been saved</MessageBarTitle>
        The record now shows the other person's changes. Your unsaved text:
        <ul className={styles.list}>
          {lines.map((f) => (
            <li key={f.property}>
              <strong>{f.label}:</strong> <span className={styles.value}>{kept[f.property] || "(emptied)"}</span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onUse}>Edit with my text</Button>
        <Button onClick={onDiscard}>Discard my text</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
