import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import type { TenantConfig } from "../../../src/tab/app/config/config-schema";
import { createMsalClient, msalClientKind } from "../../../src/tab/lib/auth/create-msal-client";
import { sharePointScope } from "../../../src/tab/lib/auth/sharepoint-scope";

const config: TenantConfig = {
  mode: "tenant",
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  clientId: "0f9a8e7d-6c5b-4a39-8271-605f4e3d2c1b",
  siteUrl: "https://northbrook.sharepoint.com/sites/partnerships",
  botId: "11111111-2222-4333-8444-555555555555",
};

describe("the SharePoint token's scope", () => {
  it("is the tenant's SharePoint host with /.default, whatever the site path", () => {
    expect(sharePointScope("https://northbrook.sharepoint.com/sites/partnerships")).toBe("https://northbrook.sharepoint.com/.default");
    expect(sharePointScope("https://Northbrook.SharePoint.com/teams/governance/sub")).toBe("https://northbrook.sharepoint.com/.default");
  });

  it("refuses anything that is not SharePoint Online (a Graph token would be rejected anyway)", () => {
    expect(() => sharePointScope("https://graph.microsoft.com/v1.0")).toThrow(/not a SharePoint Online address/);
    expect(() => sharePointScope("http://northbrook.sharepoint.com/sites/x")).toThrow(/not a SharePoint Online address/);
  });
});

describe("which MSAL client signs the officer in", () => {
  const fakes = () => {
    const made: { kind: string; config: Configuration }[] = [];
    const fake = (kind: string) => async (c: Configuration) => {
      made.push({ kind, config: c });
      return {} as IPublicClientApplication;
    };
    return { made, factories: { nestable: fake("nestable"), standard: fake("standard") } };
  };

  it("uses Nested App Authentication inside Teams", async () => {
    const { made, factories } = fakes();
    await createMsalClient(config, true, "https://tab.example", factories);
    expect(msalClientKind(true)).toBe("nestable");
    expect(made.map((m) => m.kind)).toEqual(["nestable"]);
    expect(made[0]?.config.auth).toMatchObject({ clientId: config.clientId, authority: `https://login.microsoftonline.com/${config.tenantId}` });
  });

  it("uses a normal public client with a redirect to the tab outside Teams", async () => {
    const { made, factories } = fakes();
    await createMsalClient(config, false, "https://tab.example", factories);
    expect(msalClientKind(false)).toBe("standard");
    expect(made.map((m) => m.kind)).toEqual(["standard"]);
    expect(made[0]?.config.auth.redirectUri).toBe("https://tab.example");
  });
});
