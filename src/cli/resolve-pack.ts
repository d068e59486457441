import { builtInPackIds, getBuiltInPack } from "../policy/built-in-packs";
import { validatePack } from "../policy/validate-pack";
import type { PolicyPack } from "../domain/policy-pack/pack-schema";
import { CliError } from "./cli-error";
import { readJsonFile } from "./read-json-file";

/** `--policy <id>` names a built-in pack (`src/policy/packs/<id>.json`); anything ending in .json is a council's own file. */
export async function resolvePack(nameOrFile: string): Promise<PolicyPack> {
  const builtIn = getBuiltInPack(nameOrFile);
  if (builtIn) return builtIn;
  if (!nameOrFile.endsWith(".json")) {
    throw new CliError(`There is no built-in policy called "${nameOrFile}". Use one of ${builtInPackIds.join(", ")}, or the path of a pack file ending in .json.`);
  }
  const result = validatePack(await readJsonFile(nameOrFile, "policy pack"));
  if (!result.ok) {
    throw new CliError(`The policy pack ${nameOrFile} is not valid:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  }
  return result.pack;
}
