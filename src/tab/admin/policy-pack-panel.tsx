import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { usePolicy } from "../lib/policy/policy-context";
import { FactList } from "../ui/fact-list";
import { ConfirmSwitchDialog } from "./confirm-switch-dialog";
import { PackRulesView } from "./pack-rules-view";
import { SwitchBuiltInForm } from "./switch-built-in-form";
import { ValidatePackForm } from "./validate-pack-form";

const useStyles = makeStyles({
  h2: { margin: "0 0 12px", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: "28px 0 8px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: "0 0 12px", color: tokens.colorNeutralForeground2 },
  card: { padding: "16px 20px", backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4 },
  bar: { marginBottom: "12px" },
});

/** The council's policy pack: what is in use, its rules, checking a new pack, and switching. */
export function PolicyPackPanel({ canSwitch }: { canSwitch: boolean }) {
  const styles = useStyles();
  const { pack, source, itemId, problems } = usePolicy();
  const [switchTo, setSwitchTo] = useState<PolicyPack>();
  return (
    <>
      <h2 className={styles.h2}>Policy pack in use</h2>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>The stored policy needs attention</MessageBarTitle>
            {problems.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <FactList
        facts={[
          { label: "Pack", value: pack.name },
          { label: "Version", value: pack.version },
          { label: "Pack id", value: pack.id },
          { label: "Framework", value: `${pack.framework.title} (${pack.framework.date})` },
          { label: "Source", value: source === "site" ? `This site's Policies list (item ${itemId})` : "Built into the product (no usable pack is active in the Policies list)" },
        ]}
      />
      <h3 className={styles.h3}>Its rules</h3>
      <PackRulesView pack={pack} />
      <h3 className={styles.h3}>Switch to a built-in pack</h3>
      <div className={styles.card}>
        <SwitchBuiltInForm current={pack} canSwitch={canSwitch} onChoose={setSwitchTo} />
      </div>
      <h3 className={styles.h3}>Check a pack</h3>
      <p className={styles.lead}>A council that is not one of the four writes its own pack; check it here before it is used.</p>
      <div className={styles.card}>
        <ValidatePackForm canSwitch={canSwitch} onValid={setSwitchTo} />
      </div>
      <ConfirmSwitchDialog pack={switchTo} onClose={() => setSwitchTo(undefined)} />
    </>
  );
}
