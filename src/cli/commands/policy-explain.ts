import { parseArgs } from "node:util";
import { parseFacts } from "../../domain/facts/facts";
import { explain } from "../../domain/engine/explain";
import { defaultPackId } from "../../policy/built-in-packs";
import { CliError } from "../cli-error";
import { readJsonFile } from "../read-json-file";
import { resolvePack } from "../resolve-pack";
import type { Output } from "../output";

export async function policyExplain(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { policy: { type: "string", default: defaultPackId }, facts: { type: "string" } },
    strict: true,
  });
  if (!values.facts) throw new CliError("Usage: policy explain --policy <name|pack.json> --facts <facts.json>", 2);
  const pack = await resolvePack(values.policy);
  const parsed = parseFacts(await readJsonFile(values.facts, "facts"), pack);
  if (!parsed.ok) {
    throw new CliError(`The facts in ${values.facts} cannot be used:\n${parsed.problems.map((p) => `  ${p.key}: ${p.message}`).join("\n")}`);
  }
  const today = new Date().toISOString().slice(0, 10);
  out.log(JSON.stringify(explain(pack, parsed.facts, { asOf: today }), null, 2));
  return 0;
}
