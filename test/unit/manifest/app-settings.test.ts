import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/cli-error";
import { appVariables, exampleValues } from "../../../src/cli/package/app-variables";
import { parseEnvFile } from "../../../src/cli/package/env-file";
import { manifestDir } from "../../../src/cli/package/manifest-files";
import { resolveValues } from "../../../src/cli/package/resolve-values";
import type { Setting } from "../../../src/cli/package/settings-sources";

const settingsOf = (values: Record<string, string>, source = "test.env") =>
  new Map<string, Setting>(Object.entries(values).map(([key, value]) => [key, { value, source }]));

function problemsWith(values: Record<string, string>): string {
  try {
    resolveValues(settingsOf(values), ["test.env"]);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error("expected resolveValues to refuse these settings");
}

describe("env files", () => {
  it("reads KEY=VALUE lines, comments, export, quotes and trailing comments", () => {
    const text = ['# Teams app', "", "export BOT_ID=abc", 'A="x # not a comment"', "B='y'", "C=plain # comment", "D=", "E = spaced "].join("\r\n");
    expect(Object.fromEntries(parseEnvFile(text, "x.env"))).toEqual({ BOT_ID: "abc", A: "x # not a comment", B: "y", C: "plain", D: "", E: "spaced" });
  });

  it("names the file and line of anything that is not KEY=VALUE", () => {
    expect(() => parseEnvFile("A=1\nBOT ID=2\n", "deploy.env")).toThrow(/deploy\.env line 2 is not KEY=VALUE: "BOT ID=2"/);
    expect(() => parseEnvFile('A="open\n', "deploy.env")).toThrow(/deploy\.env line 1: the value opens a " quote but does not close it/);
  });
});

describe("the package's settings", () => {
  it("accepts the documented examples and drops a trailing slash from TAB_URL", () => {
    const values = resolveValues(settingsOf({ ...exampleValues, TAB_URL: `${exampleValues.TAB_URL}/` }), []);
    expect(values).toEqual(exampleValues);
  });

  it("accepts a dev tunnel or localhost tab with a port, when TAB_DOMAIN carries it too", () => {
    const values = resolveValues(settingsOf({ ...exampleValues, TAB_URL: "https://localhost:53000", TAB_DOMAIN: "localhost:53000" }), []);
    expect(values.TAB_DOMAIN).toBe("localhost:53000");
  });

  it("names a missing variable, says what it is and gives an example", () => {
    const { BOT_ID: _, ...rest } = exampleValues;
    const message = problemsWith(rest);
    expect(message).toMatch(/BOT_ID is not set: The bot's Microsoft App ID/);
    expect(message).toContain(`Example: BOT_ID=${exampleValues.BOT_ID}`);
  });

  it.each([
    ["AAD_CLIENT_ID", "my-client", /AAD_CLIENT_ID \(from test\.env\) must be a GUID/],
    ["TEAMS_APP_ID", "00000000-0000-0000-0000-000000000000", /TEAMS_APP_ID \(from test\.env\) is the all-zero GUID/],
    ["TAB_URL", "http://partnerships.example-council.gov.uk", /TAB_URL \(from test\.env\) must start with https:\/\//],
    ["TAB_URL", "partnerships.example-council.gov.uk", /TAB_URL \(from test\.env\) must be a full https URL/],
    ["TAB_URL", "https://partnerships.example-council.gov.uk/?x=1", /TAB_URL .* without a query/],
    ["SHAREPOINT_HOST", "https://examplecouncil.sharepoint.com", /SHAREPOINT_HOST \(from test\.env\) must be the host name only/],
    ["TAB_DOMAIN", "partnerships.example-council.gov.uk/app", /TAB_DOMAIN \(from test\.env\) must be a host name/],
    ["APP_VERSION", "v1.0", /APP_VERSION \(from test\.env\) must be MAJOR\.MINOR\.PATCH/],
    ["APP_VERSION", "1.0.0-beta", /APP_VERSION .* no pre-release tag/],
  ])("refuses %s=%s with a message naming it", (name, value, expected) => {
    const message = problemsWith({ ...exampleValues, [name]: value });
    expect(message).toMatch(expected);
    expect(message).toContain(JSON.stringify(value));
  });

  it("refuses a TAB_DOMAIN that is not TAB_URL's host", () => {
    expect(problemsWith({ ...exampleValues, TAB_DOMAIN: "elsewhere.example-council.gov.uk" })).toMatch(
      /TAB_DOMAIN \(elsewhere\.example-council\.gov\.uk\) must be the host of TAB_URL \(partnerships\.example-council\.gov\.uk\)/,
    );
  });

  it("reports every problem in one go", () => {
    const { TAB_URL: _, ...rest } = exampleValues;
    const message = problemsWith({ ...rest, BOT_ID: "bot", APP_VERSION: "one" });
    expect(message).toMatch(/3 settings to fix/);
    for (const name of ["TAB_URL", "BOT_ID", "APP_VERSION"]) expect(message).toContain(name);
  });
});

describe("manifest/README.md", () => {
  it("documents every variable, with the same example the code uses", () => {
    const readme = readFileSync(join(manifestDir, "README.md"), "utf8");
    for (const variable of appVariables) {
      expect(readme).toMatch(new RegExp(`^\\| \`${variable.name}\` \\|.*\\| \`${variable.example.replace(/[.]/g, "\\.")}\` \\|`, "m"));
      expect(readme).toContain(`${variable.name}=${variable.example}`);
    }
  });
});
