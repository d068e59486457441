import { CliError } from "../cli-error";
import { appVariables } from "./app-variables";
import type { Setting } from "./settings-sources";

function crossCheck(values: Record<string, string>): string[] {
  const { TAB_URL: tabUrl, TAB_DOMAIN: tabDomain } = values;
  if (tabUrl === undefined || tabDomain === undefined) return [];
  const host = new URL(tabUrl).host;
  if (host.toLowerCase() === tabDomain.toLowerCase()) return [];
  return [`TAB_DOMAIN (${tabDomain}) must be the host of TAB_URL (${host}): Teams only loads tabs and SSO tokens for the domain the tab is served from.`];
}

/**
 * Picks and checks every variable the template needs. All problems are reported together, each
 * naming the variable and where its value came from, so one run tells the person everything.
 * TAB_URL loses any trailing slash, because the template appends paths such as `/my-work`.
 */
export function resolveValues(settings: Map<string, Setting>, sourcesRead: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const variable of appVariables) {
    const setting = settings.get(variable.name);
    if (!setting || setting.value.trim() === "") {
      problems.push(`${variable.name} is not set: ${variable.meaning} Example: ${variable.name}=${variable.example}`);
      continue;
    }
    const value = variable.name === "TAB_URL" ? setting.value.trim().replace(/\/+$/, "") : setting.value.trim();
    const problem = variable.problem(value);
    if (problem) problems.push(`${variable.name} (from ${setting.source}) ${problem}; got ${JSON.stringify(setting.value)}.`);
    else values[variable.name] = value;
  }
  problems.push(...crossCheck(values));
  if (problems.length) {
    const looked = [...sourcesRead, "the environment"].join(", ");
    throw new CliError(
      `Cannot build the Teams app package: ${problems.length} setting${problems.length === 1 ? "" : "s"} to fix (read from ${looked}).\n  ${problems.join("\n  ")}\nSee manifest/README.md for what each one is.`,
    );
  }
  return values;
}
