import { useState } from "react";
import { describeError } from "../../sharepoint/describe-error";
import { StoppedPage } from "../ui/stopped-page";

/**
 * Shown when Microsoft sign-in needs the person (first visit, consent, an expired session). The
 * pop-up must come from a click, or the browser blocks it — hence a button, not an automatic pop-up.
 */
export function SignInPage({ onSignIn, failure }: { onSignIn: () => Promise<void>; failure?: unknown }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(failure);
  const signIn = async () => {
    setBusy(true);
    try {
      await onSignIn();
    } catch (e) {
      console.error("[tab] sign-in failed:", e);
      setError(e);
      setBusy(false);
    }
  };
  return (
    <StoppedPage title="Sign in to the Partnership Register">
      <p>The register reads and saves partnerships in your council's SharePoint site, so it needs you to sign in with your council account.</p>
      {error !== undefined && <p>Sign-in did not finish: {describeError(error)}</p>}
      <button type="button" onClick={signIn} disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </StoppedPage>
  );
}
