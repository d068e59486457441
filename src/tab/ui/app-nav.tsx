import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Link } from "../lib/router/link";

export interface NavItem {
  to: string;
  label: string;
  /** True when the current page belongs to this item (a record belongs to the Register). */
  current: boolean;
}

const useStyles = makeStyles({
  list: { display: "flex", gap: "4px", margin: 0, padding: "0 16px", listStyle: "none", overflowX: "auto" },
  link: {
    display: "inline-block",
    padding: "10px 12px 8px",
    color: tokens.colorNeutralForeground2,
    textDecoration: "none",
    borderBottom: `3px solid transparent`,
    fontWeight: tokens.fontWeightRegular,
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ":hover": { borderBottomColor: tokens.colorCompoundBrandStroke },
  },
});

/**
 * The tab's sections as links in a `nav` landmark, not ARIA tabs: each is a page with its own
 * address, so screen readers announce "link, current page" and the browser's back button works.
 */
export function AppNav({ items }: { items: readonly NavItem[] }) {
  const styles = useStyles();
  return (
    <nav aria-label="Partnership Register">
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className={mergeClasses(styles.link, item.current && styles.current)} aria-current={item.current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
