import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CliError } from "../cli-error";

// Microsoft's Teams schemas ship inside @microsoft/app-manifest, so validation never touches the
// network. Its AppManifestUtils.validateAgainstSchema would be the natural call, but version
// 1.1.2 requires `fs-extra` when it loads without declaring it as a dependency, so importing it
// fails in this project. We therefore run the very engine that method uses — the package's own
// ajv-draft-04 and ajv-formats with the same options (allErrors, strictTypes off; uri, email and
// regex formats) — over the schema file it ships. test/unit/manifest compares the two whenever
// fs-extra is installed, so a drift would show.
const manifestPackageJson = createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json");
const fromManifestPackage = createRequire(manifestPackageJson);

/** What ajv reports for one failed rule. */
interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
interface CompiledSchema {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
interface SchemaEngine {
  compile(schema: object): CompiledSchema;
}
type EngineConstructor = new (options: { allErrors: boolean; strictTypes: boolean }) => SchemaEngine;
type AddFormats = (engine: SchemaEngine, formats: string[]) => SchemaEngine;

const schemaUrl = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9A-Za-z.]+)\/MicrosoftTeams\.schema\.json$/;
const compiled = new Map<string, CompiledSchema>();

/** Where the offline copy of the schema a `$schema` URL names lives, if the package ships it. */
export function localSchemaPath(url: string): string {
  const version = schemaUrl.exec(url)?.[1];
  if (!version) {
    throw new CliError(`The manifest's $schema (${url}) is not a Teams schema URL like https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json.`);
  }
  return join(dirname(manifestPackageJson), "build", "json-schemas", "teams", version, "MicrosoftTeams.schema.json");
}

async function validatorFor(url: string): Promise<CompiledSchema> {
  const path = localSchemaPath(url);
  const cached = compiled.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new CliError(`The Teams schema ${url} is not among those shipped with @microsoft/app-manifest (looked for ${path}); pick a version it ships.`);
  }
  // The same clean-up the package applies: some schema versions hold \a and \v escapes, which JSON lacks.
  const schema = JSON.parse(text.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")) as object;
  const Engine = (fromManifestPackage("ajv-draft-04") as { default: EngineConstructor }).default;
  const addFormats = (fromManifestPackage("ajv-formats") as { default: AddFormats }).default;
  const engine = new Engine({ allErrors: true, strictTypes: false });
  addFormats(engine, ["uri", "email", "regex"]);
  const validate = engine.compile(schema);
  compiled.set(path, validate);
  return validate;
}

function describeError(error: SchemaError): string {
  const where = error.instancePath || "(the manifest itself)";
  // ajv's message already names a missing property or a pattern; add what it leaves in params.
  const { additionalProperty, allowedValues, allowedValue } = error.params;
  const detail =
    typeof additionalProperty === "string"
      ? `: "${additionalProperty}"`
      : Array.isArray(allowedValues)
        ? `: ${allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
        : allowedValue !== undefined
          ? ` ${JSON.stringify(allowedValue)}`
          : "";
  return `${where} ${error.message ?? error.keyword}${detail}`;
}

/**
 * Validates a manifest against the Teams schema its `$schema` names, offline. Returns one
 * sentence per problem (JSON pointer, then what is wrong), empty when the manifest is valid.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) return ["(the manifest itself) must be a JSON object"];
  const url = (manifest as { $schema?: unknown }).$schema;
  if (typeof url !== "string") return ["/$schema must name the Teams schema version, e.g. https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"];
  const validate = await validatorFor(url);
  // Validate what will be written: a JSON round trip drops undefined-valued keys, as the package does.
  if (validate(JSON.parse(JSON.stringify(manifest)))) return [];
  return [...new Set((validate.errors ?? []).map(describeError))];
}
