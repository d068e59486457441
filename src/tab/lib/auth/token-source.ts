import { InteractionRequiredAuthError, type AccountInfo, type IPublicClientApplication } from "@azure/msal-browser";

/** A signed-in person and how to get a SharePoint token for them. */
export interface TokenSource {
  account: AccountInfo;
  getToken(): Promise<string>;
}

export type SignInResult = { signedIn: TokenSource } | { needsInteraction: () => Promise<TokenSource> };

/**
 * Silent first (a cached or host-held session), then a pop-up. A pop-up opened without a click is
 * blocked by browsers, so when silence fails at start the caller shows a "Sign in" button that
 * calls `needsInteraction`. Later token refreshes go through the same silent-then-pop-up path.
 */
export async function signIn(pca: IPublicClientApplication, scope: string, standard: boolean): Promise<SignInResult> {
  if (standard) await pca.handleRedirectPromise();
  const scopes = [scope];
  const sourceFor = (account: AccountInfo): TokenSource => ({
    account,
    getToken: async () => {
      try {
        return (await pca.acquireTokenSilent({ scopes, account })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        return (await pca.acquireTokenPopup({ scopes, account })).accessToken;
      }
    },
  });
  const interactive = async () => {
    const result = await pca.acquireTokenPopup({ scopes });
    if (!result.account) throw new Error("Microsoft sign-in finished without an account");
    pca.setActiveAccount(result.account);
    return sourceFor(result.account);
  };
  const known = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  // NAA's host knows the Teams user even when MSAL's own cache is empty, so try silently anyway.
  if (!known && standard) return { needsInteraction: interactive };
  try {
    const result = await pca.acquireTokenSilent({ scopes, ...(known ? { account: known } : {}) });
    if (!result.account) return { needsInteraction: interactive };
    pca.setActiveAccount(result.account);
    return { signedIn: sourceFor(result.account) };
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) return { needsInteraction: interactive };
    throw error;
  }
}
