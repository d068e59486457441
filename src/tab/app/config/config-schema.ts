import { z } from "zod";

/**
 * What the tab needs to start, from Vite's `VITE_*` variables (documented in src/tab/README.md
 * and .env.example). Each variable carries its own message so the error page can say, in plain
 * words, which one is wrong and how.
 */
const guid = (name: string, what: string) =>
  z
    .string({ error: `${name} is missing. Set it to the ${what} (a GUID like 00000000-0000-0000-0000-000000000000).` })
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
      error: (issue) => `${name} must be the ${what} as a GUID like 00000000-0000-0000-0000-000000000000, but it is "${String(issue.input)}".`,
    });

const siteUrl = z
  .string({ error: "VITE_SITE_URL is missing. Set it to the SharePoint site that holds the register, e.g. https://contoso.sharepoint.com/sites/partnerships." })
  .trim()
  .regex(/^https:\/\/[a-z0-9-]+\.sharepoint\.com\/(sites|teams)\/[^/?#\s]+\/?$/i, {
    error: (issue) =>
      `VITE_SITE_URL must be a SharePoint Online site address like https://contoso.sharepoint.com/sites/partnerships, but it is "${String(issue.input)}".`,
  })
  .transform((url) => url.replace(/\/$/, ""));

const councilName = z.string().trim().min(1).optional();

export const tenantConfigSchema = z.object({
  mode: z.literal("tenant"),
  tenantId: guid("VITE_TENANT_ID", "Microsoft Entra tenant id of the council"),
  clientId: guid("VITE_CLIENT_ID", "application (client) id of the tab's Entra app registration"),
  siteUrl,
  botId: guid("VITE_BOT_ID", "approvals bot's Microsoft App id (also the Teams app id used in deep links)"),
  councilName,
});

export const localConfigSchema = z.object({
  mode: z.literal("local"),
  /** The stand-in answers on the tab's own origin (`npm start`), so only the path is fixed. */
  siteUrl: z.string(),
  /** The person the tab acts as until someone is chosen in the person switcher. */
  localUser: z.string().trim().email({ error: (issue) => `VITE_LOCAL_USER must be an e-mail address of a local person, but it is "${String(issue.input)}".` }),
  councilName,
});

export type TenantConfig = z.infer<typeof tenantConfigSchema>;
export type LocalConfig = z.infer<typeof localConfigSchema>;
export type TabConfig = TenantConfig | LocalConfig;
export type TabMode = TabConfig["mode"];
