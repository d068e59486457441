import { describe, expect, it } from "vitest";
import { BotConfigError, readBotConfig } from "../../../src/bot/config";

describe("the bot's settings in a tenant", () => {
  it("name every missing variable at once", () => {
    try {
      readBotConfig({});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BotConfigError);
      const message = (error as Error).message;
      for (const name of ["BOT_ID", "BOT_PASSWORD", "SP_SITE_URL", "SP_CLIENT_ID", "SP_CERTIFICATE_PATH"]) expect(message).toContain(name);
    }
  });

  it("accept a bot secret and certificate-based SharePoint access", () => {
    const config = readBotConfig({ BOT_ID: "b", BOT_PASSWORD: "s", BOT_TENANT_ID: "t", SP_SITE_URL: "https://council.sharepoint.com/sites/partnerships/", SP_CLIENT_ID: "c", SP_CERTIFICATE_PATH: "/c.pem", SP_PRIVATE_KEY_PATH: "/k.pem" });
    expect(config).toMatchObject({ botId: "b", botTenantId: "t", siteUrl: "https://council.sharepoint.com/sites/partnerships", sharePoint: { kind: "certificate", tenantId: "t" }, port: 3978 });
  });

  it("refuse a site that is not https", () => {
    expect(() => readBotConfig({ BOT_ID: "b", BOT_PASSWORD: "s", SP_SITE_URL: "http://x", SP_TOKEN: "t" })).toThrow(/SP_SITE_URL must start https/);
  });
});
