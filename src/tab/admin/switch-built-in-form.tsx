import { Button, makeStyles, Radio, RadioGroup, Field } from "@fluentui/react-components";
import { useState } from "react";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { builtInPackIds, getBuiltInPack } from "../../policy/built-in-packs";

const useStyles = makeStyles({ form: { display: "grid", gap: "12px", justifyItems: "start" } });

/** Choose one of the four frameworks the product ships with; the switch itself is confirmed in a dialog. */
export function SwitchBuiltInForm({ current, canSwitch, onChoose }: { current: PolicyPack; canSwitch: boolean; onChoose: (pack: PolicyPack) => void }) {
  const styles = useStyles();
  const packs = builtInPackIds.flatMap((id) => {
    const pack = getBuiltInPack(id);
    return pack ? [pack] : [];
  });
  const [chosen, setChosen] = useState(current.id);
  const inUse = (p: PolicyPack) => p.id === current.id && p.version === current.version;
  const pack = packs.find((p) => p.id === chosen);
  return (
    <div className={styles.form}>
      <Field label="Built-in packs">
        <RadioGroup value={chosen} onChange={(_, d) => setChosen(d.value)} disabled={!canSwitch}>
          {packs.map((p) => (
            <Radio key={p.id} value={p.id} label={`${p.name}: ${p.framework.title}, version ${p.version}${inUse(p) ? " (in use)" : ""}`} />
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={!canSwitch || !pack || inUse(pack)} onClick={() => pack && onChoose(pack)}>
        Switch to the chosen pack…
      </Button>
    </div>
  );
}
