import { ToggleButton, makeStyles } from "@fluentui/react-components";
import type { ViewId } from "./register-query";
import type { SavedView } from "./saved-views";

const useStyles = makeStyles({ group: { display: "flex", flexWrap: "wrap", gap: "8px" } });

/**
 * The saved views as a group of toggle buttons (the pressed one is the view shown), each with
 * how many arrangements it holds. Buttons rather than a TabList keep ~12 KB of tab code out of
 * the register's first load; each is a plain tab stop, so the group works by keyboard alone.
 */
export function RegisterViews({ views, counts, selected, onSelect }: { views: readonly SavedView[]; counts: ReadonlyMap<ViewId, number>; selected: ViewId; onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Saved views" className={styles.group}>
      {views.map((view) => (
        <ToggleButton key={view.id} shape="circular" appearance={view.id === selected ? "primary" : "secondary"} checked={view.id === selected} onClick={() => onSelect(view.id)}>
          {view.label} ({(counts.get(view.id) ?? 0).toLocaleString("en-GB")})
        </ToggleButton>
      ))}
    </div>
  );
}
