import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { describeError } from "../../sharepoint/describe-error";
import { switchPolicy } from "../../sharepoint/policies/switch-policy";
import { usePolicy } from "../lib/policy/policy-context";
import { useSession } from "../lib/session/session-context";
import { ErrorMessage } from "../ui/error-message";
import { setSwitchNotice } from "./switch-notice";

/**
 * Asks before changing the council's policy, says what changes, then switches. A refusal (not the
 * Change Manager, someone else changed the pack meanwhile) is shown in the dialog; nothing is lost.
 */
export function ConfirmSwitchDialog({ pack, onClose }: { pack: PolicyPack | undefined; onClose: () => void }) {
  const { sp, user } = useSession();
  const policy = usePolicy();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    if (!pack) return;
    setBusy(true);
    setError(undefined);
    try {
      await switchPolicy(sp, pack, { id: user.id, title: user.title, email: user.email }, `Switched the policy pack to ${pack.name} ${pack.version}`);
      setSwitchNotice(`${pack.name}, version ${pack.version}, is now the council's policy pack.`);
      policy.reload();
    } catch (failure) {
      console.error("[admin] switching the pack failed:", failure);
      setError(describeError(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog open={pack !== undefined} onOpenChange={(_, d) => !d.open && !busy && onClose()} modalType="alert">
      <DialogSurface aria-describedby="switch-what">
        <DialogBody>
          <DialogTitle>Switch the policy pack to {pack?.name}?</DialogTitle>
          <DialogContent>
            <p id="switch-what">
              From now on, new proposals are screened, categorised and routed by {pack?.name} version {pack?.version}, instead of {policy.pack.name} version{" "}
              {policy.pack.version}. Arrangements already evaluated keep the version they recorded. You can switch back at any time.
            </p>
            {error && <ErrorMessage title="The pack was not switched" message={error} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {busy ? "Switching…" : "Switch pack"}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
