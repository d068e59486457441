import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfigErrorPage } from "../../../src/tab/app/config/config-error-page";
import { defaultLocalUser, readConfig } from "../../../src/tab/app/config/read-config";

const tenant = {
  VITE_MODE: "tenant",
  VITE_TENANT_ID: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  VITE_CLIENT_ID: "0f9a8e7d-6c5b-4a39-8271-605f4e3d2c1b",
  VITE_SITE_URL: "https://northbrook.sharepoint.com/sites/partnerships/",
  VITE_BOT_ID: "11111111-2222-4333-8444-555555555555",
};

const problemsOf = (env: Record<string, string | undefined>) => {
  const result = readConfig(env, "http://localhost:5173");
  if (result.ok) throw new Error("expected the configuration to be refused");
  return result.problems;
};

describe("the tab's configuration", () => {
  it("accepts a complete tenant configuration and trims the site's trailing slash", () => {
    const result = readConfig(tenant, "https://tab.example");
    expect(result).toEqual({
      ok: true,
      config: { mode: "tenant", tenantId: tenant.VITE_TENANT_ID, clientId: tenant.VITE_CLIENT_ID, siteUrl: "https://northbrook.sharepoint.com/sites/partnerships", botId: tenant.VITE_BOT_ID },
    });
  });

  it("runs locally against the stand-in on the tab's own origin, as the demo's Change Manager by default", () => {
    const result = readConfig({ VITE_MODE: "local" }, "http://localhost:5173");
    expect(result.ok && result.config).toMatchObject({ mode: "local", siteUrl: "http://localhost:5173/sites/partnerships", localUser: defaultLocalUser });
  });

  it("names VITE_MODE when it is missing or not one of the two modes", () => {
    expect(problemsOf({})).toEqual([{ variable: "VITE_MODE", problem: expect.stringContaining("VITE_MODE is missing") }]);
    expect(problemsOf({ VITE_MODE: "production" })[0]?.problem).toBe('VITE_MODE must be "local" or "tenant", but it is "production".');
  });

  it("names every missing tenant variable at once", () => {
    const problems = problemsOf({ VITE_MODE: "tenant" });
    expect(problems.map((p) => p.variable)).toEqual(["VITE_TENANT_ID", "VITE_CLIENT_ID", "VITE_SITE_URL", "VITE_BOT_ID"]);
    expect(problems[0]?.problem).toMatch(/^VITE_TENANT_ID is missing/);
  });

  it("says what is wrong with a malformed value, quoting it", () => {
    const problems = problemsOf({ ...tenant, VITE_CLIENT_ID: "my-app", VITE_SITE_URL: "https://graph.microsoft.com/v1.0" });
    expect(problems).toEqual([
      { variable: "VITE_CLIENT_ID", problem: expect.stringContaining('but it is "my-app"') },
      { variable: "VITE_SITE_URL", problem: expect.stringContaining("must be a SharePoint Online site address") },
    ]);
  });

  it("stops the app with a full-page alert that names each variable and its problem", () => {
    const problems = problemsOf({ ...tenant, VITE_BOT_ID: "", VITE_TENANT_ID: "x" });
    const html = renderToStaticMarkup(createElement(ConfigErrorPage, { problems }));
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/<main[^>]*>/);
    expect(html).toContain("<h1");
    expect(html).toContain("<code>VITE_BOT_ID</code>");
    expect(html).toContain("<code>VITE_TENANT_ID</code>");
    expect(html).toContain("VITE_BOT_ID is missing");
    expect(html).toContain("2 problems");
  });
});
