import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/cli-error";
import { packageApp } from "../../../src/cli/commands/package-app";
import { exampleValues } from "../../../src/cli/package/app-variables";
import { validateManifest } from "../../../src/cli/package/manifest-schema";
import { decodePng, readPngHeader } from "../../../src/cli/package/png-decode";
import { bufferOutput } from "../../support/buffer-output";

const envText = (values: Record<string, string>) =>
  `# written by package-app.test.ts\n${Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n")}\n`;

/** A fresh folder to run in; the real environment is not passed, so a developer's shell cannot leak in. */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pr-package-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function openZip(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the package`);
    return file.async("nodebuffer");
  };
  return { names: Object.keys(zip.files).sort(), read };
}

describe("npm run package (packageApp)", () => {
  it("builds a zip Teams accepts from an env file, at --out", async () => {
    const cwd = workspace({ "council.env": envText(exampleValues) });
    const target = join(cwd, "out", "app.zip");
    const out = bufferOutput();
    expect(await packageApp(["--env-file", "council.env", "--out", target], out, { env: {}, cwd })).toBe(0);
    expect(out.stderr).toEqual([]);
    expect(out.stdout.at(-1)).toBe(join("out", "app.zip"));
    expect(out.stdout.join("\n")).toContain("Settings read from council.env, the environment.");

    const zip = await openZip(target);
    expect(zip.names).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse((await zip.read("manifest.json")).toString("utf8")) as Record<string, unknown>;
    expect(await validateManifest(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain("${{");
    expect(manifest).toMatchObject({ id: exampleValues.TEAMS_APP_ID, version: exampleValues.APP_VERSION, bots: [{ botId: exampleValues.BOT_ID }] });

    expect(readPngHeader(await zip.read("color.png"), "color.png")).toMatchObject({ width: 192, height: 192 });
    expect(decodePng(await zip.read("outline.png"), "outline.png")).toMatchObject({ width: 32, height: 32 });
    expect(readdirSync(join(cwd, "out"))).toEqual(["app.zip"]); // no partial file left behind
  });

  it("writes dist/appPackage/partnership-register.zip by default, byte-identical when rebuilt", async () => {
    const cwd = workspace({ ".env": envText(exampleValues) });
    const out = bufferOutput();
    expect(await packageApp([], out, { env: {}, cwd })).toBe(0);
    const target = join(cwd, "dist", "appPackage", "partnership-register.zip");
    expect(out.stdout.at(-1)).toBe(join("dist", "appPackage", "partnership-register.zip"));
    const first = readFileSync(target);
    expect(await packageApp([], bufferOutput(), { env: {}, cwd })).toBe(0);
    expect(readFileSync(target).equals(first)).toBe(true);
  });

  it("lets .env.local beat .env, --env-file beat both, and the environment beat every file", async () => {
    const cwd = workspace({
      ".env": envText({ ...exampleValues, APP_VERSION: "1.0.0" }),
      ".env.local": envText({ APP_VERSION: "1.0.1", BOT_ID: "11111111-2222-4333-8444-555555555555" }),
      "ci.env": envText({ APP_VERSION: "1.0.2" }),
    });
    const target = join(cwd, "app.zip");
    const env = { BOT_ID: "99999999-8888-4777-8666-555555555555", APP_VERSION: "" };
    expect(await packageApp(["--env-file", "ci.env", "--out", target], bufferOutput(), { env, cwd })).toBe(0);
    const manifest = JSON.parse((await (await openZip(target)).read("manifest.json")).toString("utf8")) as { version: string; bots: { botId: string }[] };
    expect(manifest.version).toBe("1.0.2"); // an empty variable in the environment does not override
    expect(manifest.bots[0]?.botId).toBe(env.BOT_ID);
  });

  it("stops on a missing variable with a message naming it, a non-zero code and no zip", async () => {
    const { BOT_ID: _, ...withoutBot } = exampleValues;
    const cwd = workspace({ "council.env": envText(withoutBot) });
    const target = join(cwd, "app.zip");
    const run = packageApp(["--env-file", "council.env", "--out", target], bufferOutput(), { env: {}, cwd });
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/BOT_ID is not set/) });
    expect(existsSync(target)).toBe(false);
  });

  it("names the variable and the file a malformed value came from", async () => {
    const cwd = workspace({ "council.env": envText({ ...exampleValues, AAD_CLIENT_ID: "partnership-app" }) });
    const run = packageApp(["--env-file", "council.env"], bufferOutput(), { env: {}, cwd });
    await expect(run).rejects.toThrow(/AAD_CLIENT_ID \(from council\.env\) must be a GUID/);
  });

  it("refuses an --env-file that does not exist, and an unknown option", async () => {
    const cwd = workspace();
    await expect(packageApp(["--env-file", "nope.env"], bufferOutput(), { env: {}, cwd })).rejects.toThrow("The env file nope.env does not exist.");
    await expect(packageApp(["--zip", "x"], bufferOutput(), { env: {}, cwd })).rejects.toMatchObject({ code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" });
  });
});
