import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TenantConfig } from "../../app/config/config-schema";

export type MsalClientKind = "nestable" | "standard";

/**
 * Inside Teams the tab borrows Teams' own sign-in through Nested App Authentication; outside it
 * (a browser tab, Teams not answering) it signs in with a normal pop-up. TeamsJS must be
 * initialised before the nestable client is made — start-host.ts has done that when inTeams.
 */
export const msalClientKind = (inTeams: boolean): MsalClientKind => (inTeams ? "nestable" : "standard");

export interface MsalFactories {
  nestable(config: Configuration): Promise<IPublicClientApplication>;
  standard(config: Configuration): Promise<IPublicClientApplication>;
}

const msalFactories: MsalFactories = {
  nestable: (config) => createNestablePublicClientApplication(config),
  standard: (config) => createStandardPublicClientApplication(config),
};

export function msalConfiguration(config: TenantConfig, origin: string): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      // Only the standard client uses it; NAA's `brk-multihub://<origin>` is registered in Entra.
      redirectUri: origin,
    },
    cache: { cacheLocation: "localStorage" },
  };
}

export function createMsalClient(config: TenantConfig, inTeams: boolean, origin: string, factories: MsalFactories = msalFactories) {
  return factories[msalClientKind(inTeams)](msalConfiguration(config, origin));
}
