import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError } from "../cli-error";
import type { Json } from "./fill-template";

/** The repository's manifest/ folder, found from this file so the command works from any cwd. */
export const manifestDir = fileURLToPath(new URL("../../../manifest/", import.meta.url));

async function read(name: string): Promise<Buffer> {
  try {
    return await readFile(join(manifestDir, name));
  } catch (error) {
    throw new CliError(`Could not read manifest/${name}: ${(error as Error).message}`);
  }
}

/** The template, parsed, and the two icons, as they sit in manifest/. */
export async function readManifestFiles(): Promise<{ template: Json; color: Buffer; outline: Buffer }> {
  const [templateText, color, outline] = await Promise.all([read("manifest.template.json"), read("color.png"), read("outline.png")]);
  let template: Json;
  try {
    template = JSON.parse(templateText.toString("utf8")) as Json;
  } catch (error) {
    throw new CliError(`manifest/manifest.template.json is not valid JSON: ${(error as Error).message}`);
  }
  return { template, color, outline };
}
