import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: "4px", marginBottom: "20px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto" },
  tab: {
    padding: "10px 14px 8px",
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    "@media (forced-colors: active)": { borderBottomColor: "Highlight" },
  },
});

/**
 * The WAI-ARIA tabs pattern, kept small: one tab in the Tab order, arrow keys, Home and End move
 * between tabs and select them. (Fluent's TabList adds focus-trap sentinels that axe reports as
 * focusable elements hidden from screen readers, so the Admin page draws its own.)
 */
export function AdminTabs<K extends string>({ tabs, selected, onSelect, label }: { tabs: Record<K, string>; selected: K; onSelect: (key: K) => void; label: string }) {
  const styles = useStyles();
  const keys = Object.keys(tabs) as K[];
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = keys.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const key = keys[to] as K;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {keys.map((key, i) => (
        <button
          key={key}
          ref={(el) => {
            if (el) refs.current.set(key, el);
          }}
          type="button"
          role="tab"
          id={`admin-tab-${key}`}
          aria-selected={key === selected}
          aria-controls={key === selected ? `admin-panel-${key}` : undefined}
          tabIndex={key === selected ? 0 : -1}
          className={mergeClasses(styles.tab, key === selected && styles.selected)}
          onClick={() => onSelect(key)}
          onKeyDown={(e) => move(e, i)}
        >
          {tabs[key]}
        </button>
      ))}
    </div>
  );
}
