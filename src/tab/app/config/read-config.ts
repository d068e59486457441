import { localConfigSchema, tenantConfigSchema, type TabConfig } from "./config-schema";

/** The raw variables as Vite hands them over (`import.meta.env`), all optional strings. */
export type TabEnv = Partial<Record<string, string | boolean | undefined>>;

/** One thing wrong with the configuration: the variable's name and a sentence about it. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

export type ConfigResult = { ok: true; config: TabConfig } | { ok: false; problems: ConfigProblem[] };

/** The demo council's Change Manager: the stand-in's people come from src/demo-council. */
export const defaultLocalUser = "laura.pennington@northbrook.example";
const localSitePath = "/sites/partnerships";

const variableFor: Record<string, string> = {
  tenantId: "VITE_TENANT_ID",
  clientId: "VITE_CLIENT_ID",
  siteUrl: "VITE_SITE_URL",
  botId: "VITE_BOT_ID",
  councilName: "VITE_COUNCIL_NAME",
  localUser: "VITE_LOCAL_USER",
};

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * Reads and checks the tab's configuration. Every problem is reported at once, each naming its
 * variable, so whoever deploys the tab fixes them in one go rather than one reload at a time.
 */
export function readConfig(env: TabEnv, origin: string): ConfigResult {
  const mode = text(env.VITE_MODE);
  if (mode !== "local" && mode !== "tenant") {
    const problem =
      mode === undefined
        ? 'VITE_MODE is missing. Set it to "local" (the embedded stand-in, for development) or "tenant" (the council\'s Microsoft 365).'
        : `VITE_MODE must be "local" or "tenant", but it is "${mode}".`;
    return { ok: false, problems: [{ variable: "VITE_MODE", problem }] };
  }
  const parsed =
    mode === "tenant"
      ? tenantConfigSchema.safeParse({
          mode,
          tenantId: text(env.VITE_TENANT_ID),
          clientId: text(env.VITE_CLIENT_ID),
          siteUrl: text(env.VITE_SITE_URL),
          botId: text(env.VITE_BOT_ID),
          councilName: text(env.VITE_COUNCIL_NAME),
        })
      : localConfigSchema.safeParse({
          mode,
          siteUrl: `${origin}${localSitePath}`,
          localUser: text(env.VITE_LOCAL_USER) ?? defaultLocalUser,
          councilName: text(env.VITE_COUNCIL_NAME) ?? "Northbrook Borough Council",
        });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      return { variable: variableFor[key] ?? key, problem: issue.message };
    }),
  };
}
