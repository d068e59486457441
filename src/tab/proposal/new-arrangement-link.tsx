import { makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular } from "@fluentui/react-icons";
import { Link } from "../lib/router/link";

const useStyles = makeStyles({
  link: {
    display: "inline-flex",
    alignItems: "center",
    gap: "6px",
    padding: "6px 14px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "none",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, color: tokens.colorNeutralForegroundOnBrand },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
    "@media (forced-colors: active)": { border: "1px solid LinkText" },
  },
});

/** The way into a new proposal: a link (it goes to a page), styled as the page's main action. */
export function NewArrangementLink() {
  const styles = useStyles();
  return (
    <Link to="/new" className={styles.link}>
      <Add16Regular aria-hidden="true" />
      Propose a new arrangement
    </Link>
  );
}
