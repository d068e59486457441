import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  link: {
    position: "absolute",
    left: "8px",
    top: "8px",
    transform: "translateY(-200%)",
    zIndex: 100,
    padding: "8px 16px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: tokens.shadow16,
    ":focus": { transform: "none", outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** WCAG 2.4.1: keyboard users jump past the header and navigation to the page itself. */
export function SkipLink({ target }: { target: string }) {
  const styles = useStyles();
  return (
    <a className={styles.link} href={`#${target}`}>
      Skip to main content
    </a>
  );
}
