import { describe, expect, it } from "vitest";
import { exitRoute } from "../../../../src/domain/exit/exit-route";
import { getBuiltInPack } from "../../../../src/policy/built-in-packs";

const pack = (id: string) => getBuiltInPack(id)!;

describe("the route a decision to exit takes", () => {
  it.each([
    ["gravesham", [["approval", ["lead-member"], "Decision to end the arrangement: Lead Member"], ["inform", ["cabinet"], "Cabinet told of the exit"]]],
    ["dartford", [["approval", ["director"], "Decision to end the arrangement: Director"], ["inform", ["change-manager"], "Partnerships Register owner told of the exit"]]],
    ["protocol-j", [["approval", ["decision-maker"]], ["inform", ["sponsoring-officer"]]]],
    ["wiltshire", [["approval", ["head-of-service", "director"]]]],
  ] as const)("%s: the deciding roles its framework names approve, then those it names are told", (id, expected) => {
    const route = exitRoute(pack(id));
    expect(route.map((s) => [s.type, s.roles])).toEqual(expected.map(([type, roles]) => [type, roles]));
    for (const [i, e] of expected.entries()) if (e[2]) expect(route[i]!.label).toContain(e[2].split(": ")[0]!);
    expect(route.every((s) => s.cite === pack(id).exit.cite)).toBe(true);
  });

  it("a pack naming nobody to decide has no approval stage, and none to tell has no inform stage", () => {
    const bare = { ...pack("gravesham"), exit: { ...pack("gravesham").exit, decisionRoles: [], informRoles: [] } };
    expect(exitRoute(bare)).toEqual([]);
  });
});
