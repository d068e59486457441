import { coreFacts } from "../../domain/facts/fact-vocabulary";
import type { PolicyPack } from "../../domain/policy-pack/pack-schema";
import { factTests, packConditions } from "./pack-selectors";
import { listOf, problemAt, type PackProblem } from "./problem";

/** A condition may only test facts of the core vocabulary or facts the pack declares. */
export function checkFacts(pack: PolicyPack): PackProblem[] {
  const known = [...coreFacts.map((f) => f.id), ...pack.facts.map((f) => f.id)];
  return packConditions(pack)
    .flatMap(factTests)
    .filter((test) => !known.includes(test.value))
    .map((test) =>
      problemAt(
        test.path,
        `tests the fact "${test.value}", which is neither a core fact nor declared under the pack's "facts" (known facts: ${listOf(known)})`,
      ),
    );
}
