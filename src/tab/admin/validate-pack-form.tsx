import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { validatePack, type PackProblem } from "../../policy/validate-pack";

const useStyles = makeStyles({
  form: { display: "grid", gap: "12px" },
  json: { fontFamily: tokens.fontFamilyMonospace, minHeight: "180px" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "12px" },
  problems: { margin: "4px 0 0", paddingLeft: "20px", display: "grid", gap: "6px" },
  path: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

type Outcome = { kind: "none" } | { kind: "not-json"; message: string } | { kind: "problems"; problems: PackProblem[] } | { kind: "valid"; pack: PolicyPack };

/**
 * Checks a pack pasted or uploaded as JSON with the same validator the product uses before any
 * pack may judge a proposal; every problem is shown at its JSON path. A valid pack can be switched to.
 */
export function ValidatePackForm({ onValid, canSwitch }: { onValid: (pack: PolicyPack) => void; canSwitch: boolean }) {
  const styles = useStyles();
  const fileId = useId();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });

  const check = (json: string) => {
    if (!json.trim()) return setOutcome({ kind: "not-json", message: "Paste the pack's JSON here, or choose a file, then check it." });
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return setOutcome({ kind: "not-json", message: `This is not valid JSON, so it cannot be read as a pack: ${(error as Error).message}` });
    }
    const result = validatePack(parsed);
    setOutcome(result.ok ? { kind: "valid", pack: result.pack } : { kind: "problems", problems: result.problems });
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const content = await file.text();
      setText(content);
      check(content);
    } catch (error) {
      console.error("[admin] reading the pack file failed:", error);
      setOutcome({ kind: "not-json", message: `The file ${file.name} could not be read. Try choosing it again, or paste its contents instead.` });
    }
  };

  return (
    <div className={styles.form}>
      <Field
        label="Pack JSON"
        hint="Paste a council's policy pack, or upload it below. Nothing is saved by checking."
        validationState={outcome.kind === "not-json" ? "error" : "none"}
        validationMessage={outcome.kind === "not-json" ? outcome.message : undefined}
      >
        <Textarea className={styles.json} resize="vertical" value={text} onChange={(_, d) => setText(d.value)} spellCheck={false} />
      </Field>
      <div className={styles.actions}>
        <label htmlFor={fileId}>Or upload a JSON file:</label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={(e) => void upload(e)} />
      </div>
      <div>
        <Button appearance="primary" onClick={() => check(text)}>
          Check this pack
        </Button>
      </div>
      <div aria-live="polite">
        {outcome.kind === "problems" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {outcome.problems.length} {outcome.problems.length === 1 ? "problem" : "problems"} to fix before this pack can be used
              </MessageBarTitle>
              <ul className={styles.problems} aria-label="Problems in the pack">
                {outcome.problems.map((p, i) => (
                  <li key={i}>
                    <span className={styles.path}>{p.path}</span> {p.message}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome.kind === "valid" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This pack is valid</MessageBarTitle>
              {outcome.pack.name}, version {outcome.pack.version}, for {outcome.pack.council}.{" "}
              {canSwitch && (
                <Button size="small" onClick={() => onValid(outcome.pack)}>
                  Make this the active pack…
                </Button>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
