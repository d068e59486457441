import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Output } from "../output";
import { appPackageZip } from "../package/app-package-zip";
import { fillTemplate } from "../package/fill-template";
import { iconProblems } from "../package/icon-rules";
import { readManifestFiles } from "../package/manifest-files";
import { validateManifest } from "../package/manifest-schema";
import { resolveValues } from "../package/resolve-values";
import { loadSettings } from "../package/settings-sources";

export const defaultPackagePath = "dist/appPackage/partnership-register.zip";

/** Where settings come from; tests pass their own so a developer's .env or shell cannot leak in. */
export interface PackageAppContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * `package` — builds the Teams app package a council uploads: fills manifest/manifest.template.json
 * from the environment, `.env`, `.env.local` and any `--env-file`, checks every value, validates
 * the result against Microsoft's Teams schema offline, checks the icons, and writes the zip
 * (default dist/appPackage/partnership-register.zip, or `--out <path>`).
 */
export async function packageApp(args: string[], out: Output, context: PackageAppContext = { env: process.env, cwd: process.cwd() }): Promise<number> {
  const { values: options } = parseArgs({
    args,
    options: { "env-file": { type: "string", multiple: true }, out: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const { settings, read } = await loadSettings({ cwd: context.cwd, envFiles: options["env-file"] ?? [], env: context.env });
  const values = resolveValues(settings, read);
  const files = await readManifestFiles();
  const manifest = fillTemplate(files.template, values);

  const problems = [...(await validateManifest(manifest)), ...iconProblems(files)];
  if (problems.length) {
    out.error(`The Teams app package was not written: ${problems.length} problem${problems.length === 1 ? "" : "s"} with the filled manifest or icons.`);
    for (const problem of problems) out.error(`  ${problem}`);
    return 1;
  }

  const target = resolve(context.cwd, options.out ?? defaultPackagePath);
  await mkdir(dirname(target), { recursive: true });
  // Write beside the target, then rename: an interrupted run never leaves half a zip to upload.
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, await appPackageZip(manifest, files));
  await rename(partial, target);

  const shown = relative(context.cwd, target);
  out.log(`Settings read from ${[...read, "the environment"].join(", ")}.`);
  out.log(`manifest.json for app ${values.TEAMS_APP_ID} version ${values.APP_VERSION} is valid against the Teams schema (checked offline).`);
  out.log(shown.startsWith("..") || isAbsolute(shown) ? target : shown);
  return 0;
}
