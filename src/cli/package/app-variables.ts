// The values a council supplies to build its Teams app package: one row each, with the check
// that stops a bad value before Teams does (Teams' own errors on upload rarely name the cause).

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** One value the manifest template needs, as `${{NAME}}`. */
export interface AppVariable {
  name: string;
  meaning: string;
  example: string;
  /** Returns what is wrong with the value (a phrase that follows the name), or undefined. */
  problem(value: string): string | undefined;
}

function guidProblem(value: string): string | undefined {
  if (!guid.test(value)) return "must be a GUID such as 1b4a6c3e-8f2d-4e7a-9c51-2d3e4f5a6b7c";
  if (/^[0-]+$/.test(value)) return "is the all-zero GUID, which is a placeholder, not a real id";
  return undefined;
}

function tabUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be a full https URL such as https://partnerships.example-council.gov.uk";
  }
  if (url.protocol !== "https:") return "must start with https:// (Teams loads tabs only over https)";
  if (url.search || url.hash || url.username || url.password) return "must be a plain https URL without a query, fragment or credentials";
  return undefined;
}

function tabDomainProblem(value: string): string | undefined {
  const [host = "", port, ...rest] = value.split(":");
  if (rest.length || !hostName.test(host) || (port !== undefined && !/^\d{1,5}$/.test(port))) {
    return "must be a host name, with an optional :port, such as partnerships.example-council.gov.uk (no https://, no path)";
  }
  return undefined;
}

function sharePointHostProblem(value: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(value) || value.includes("/")) return "must be the host name only, such as contoso.sharepoint.com (no https://, no path)";
  if (!hostName.test(value)) return "must be a host name such as contoso.sharepoint.com";
  return undefined;
}

export const appVariables: readonly AppVariable[] = [
  {
    name: "TEAMS_APP_ID",
    meaning: "The Teams app's own id. Make one GUID per council (and per environment) and keep it: Teams treats a new id as a different app.",
    example: "6f0d2c8e-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
    problem: guidProblem,
  },
  {
    name: "BOT_ID",
    meaning: "The bot's Microsoft App ID: the client id of the Entra app registration used by the Azure Bot resource.",
    example: "2c9e4b1a-7d3f-4e8a-b5c6-1d2e3f4a5b6c",
    problem: guidProblem,
  },
  {
    name: "AAD_CLIENT_ID",
    meaning: "The client id of the Entra app registration the tab signs in with (webApplicationInfo.id).",
    example: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    problem: guidProblem,
  },
  {
    name: "TAB_URL",
    meaning: "The https address where the tab is hosted, without a trailing slash; tabs and developer pages are under it.",
    example: "https://partnerships.example-council.gov.uk",
    problem: tabUrlProblem,
  },
  {
    name: "TAB_DOMAIN",
    meaning: "The host (and :port, if not 443) of TAB_URL; used in validDomains and the SSO resource api://TAB_DOMAIN/AAD_CLIENT_ID.",
    example: "partnerships.example-council.gov.uk",
    problem: tabDomainProblem,
  },
  {
    name: "SHAREPOINT_HOST",
    meaning: "The council's SharePoint host, allowed in validDomains so the tab can open list items.",
    example: "examplecouncil.sharepoint.com",
    problem: sharePointHostProblem,
  },
  {
    name: "APP_VERSION",
    meaning: "The package version, MAJOR.MINOR.PATCH. Raise it for every upload: Teams only updates to a higher version.",
    example: "1.0.0",
    problem: (value) => (semver.test(value) ? undefined : "must be MAJOR.MINOR.PATCH, such as 1.0.0 (no v prefix, no pre-release tag)"),
  },
];

/** Sample values for every variable: what the tests and the README's examples use. */
export const exampleValues: Readonly<Record<string, string>> = Object.fromEntries(appVariables.map((v) => [v.name, v.example]));
