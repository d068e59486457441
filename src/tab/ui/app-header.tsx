import { Avatar, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Handshake24Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { productName } from "./page-title";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "12px 24px",
    padding: "12px 24px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  brand: { display: "flex", alignItems: "center", gap: "12px", minWidth: 0 },
  mark: {
    display: "grid",
    placeItems: "center",
    width: "36px",
    height: "36px",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  names: { display: "flex", flexDirection: "column", lineHeight: 1.2 },
  product: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  council: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "16px" },
  user: { display: "flex", alignItems: "center", gap: "8px" },
});

/** The banner: product and council on the left, the person and their tools on the right. */
export function AppHeader({ councilName, userName, tools }: { councilName?: string; userName?: string; tools?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <span className={styles.mark} aria-hidden="true">
          <Handshake24Regular />
        </span>
        <span className={styles.names}>
          <span className={styles.product}>{productName}</span>
          {councilName && <span className={styles.council}>{councilName}</span>}
        </span>
      </div>
      <div className={styles.tools}>
        {tools}
        {userName && (
          <span className={styles.user}>
            <Avatar name={userName} size={28} aria-hidden="true" />
            <Text size={200}>
              <span className="visually-hidden">Signed in as </span>
              {userName}
            </Text>
          </span>
        )}
      </div>
    </header>
  );
}
