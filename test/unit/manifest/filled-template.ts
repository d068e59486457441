import { exampleValues } from "../../../src/cli/package/app-variables";
import { fillTemplate, type Json } from "../../../src/cli/package/fill-template";
import { readManifestFiles } from "../../../src/cli/package/manifest-files";

/** A JSON object, for poking at the filled manifest in tests. */
export type JsonObject = { [key: string]: Json };

/** The repository's template filled with the documented example values. */
export async function filledExample(): Promise<JsonObject> {
  const { template } = await readManifestFiles();
  return fillTemplate(template, exampleValues) as JsonObject;
}
