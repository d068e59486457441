import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ImportOutcome } from "../../sharepoint/register-import/commit-import";
import { describeOutcome } from "../../sharepoint/register-import/describe-import";
import { Link } from "../lib/router/link";

/** After the commit: imported, refused (the register changed since the check), or taken back. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const [first, ...rest] = describeOutcome(outcome);
  const imported = outcome.outcome === "imported";
  return (
    <MessageBar intent={imported ? "success" : "error"} layout="multiline" role={imported ? "status" : "alert"}>
      <MessageBarBody>
        <MessageBarTitle>{imported ? "Import complete" : "Nothing was imported"}</MessageBarTitle>
        {imported ? first : first?.replace(/^Nothing was imported: /, "")}
        {rest.map((line) => (
          <div key={line}>{line.trim()}</div>
        ))}
        {imported && (
          <div>
            <Link to="/">See the register</Link>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
