import { validatePack } from "../../policy/validate-pack";
import { CliError } from "../cli-error";
import { readJsonFile } from "../read-json-file";
import type { Output } from "../output";

export async function policyValidate(args: string[], out: Output): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length) throw new CliError("Usage: policy validate <pack.json>", 2);
  const result = validatePack(await readJsonFile(file, "policy pack"));
  if (result.ok) {
    out.log(`${file}: valid — ${result.pack.name} v${result.pack.version} (${result.pack.routes.length} routes, ${result.pack.roles.length} roles)`);
    return 0;
  }
  out.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
  for (const p of result.problems) out.error(`  ${p.path}: ${p.message}`);
  return 1;
}
