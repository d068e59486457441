import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "4px", marginBottom: "16px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
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
 * The WAI-ARIA tabs pattern in Fluent's look: one tab in the Tab order; arrow keys, Home and End
 * move between tabs and select them. Drawn here rather than with Fluent's TabList because its
 * focus sentinels are focusable elements hidden from screen readers, which axe reports as serious.
 */
export function SectionTabs({ tabs, selected, onSelect, label, idPrefix }: { tabs: readonly { id: string; label: string }[]; selected: string; onSelect: (id: string) => void; label: string; idPrefix: string }) {
  const styles = useStyles();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const id = tabs[to]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={tab.id === selected ? `${idPrefix}-panel-${tab.id}` : undefined}
          tabIndex={tab.id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab.id === selected && styles.selected)}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
