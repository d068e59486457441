import { describe, expect, it } from "vitest";
import { findSimilar, type SimilarityCandidate } from "../../../../src/domain/similarity/find-similar";

const register: SimilarityCandidate[] = [
  { id: 1, name: "Northbrook and Westmarch CCTV Partnership", partners: ["Westmarch District Council", "Wessex Police"], purpose: "Run one 24-hour CCTV control room for both towns." },
  { id: 2, name: "Wessex County Waste Partnership", partners: ["Wessex County Council"], purpose: "Joint waste collection, recycling and disposal across the county." },
  { id: 3, name: "Northbrook Community Safety Partnership", partners: ["Wessex Police", "Wessex County Council"], purpose: "Reduce crime, disorder and anti-social behaviour." },
  { id: 4, name: "Brookside Shared Legal Service", partners: ["Westmarch District Council"], purpose: "One legal team for both councils." },
  { id: 5, name: "Northbrook Leisure Trust", partners: ["Northbrook Leisure Trust Ltd"], purpose: "Run the borough's leisure centres." },
];

const names = (matches: ReturnType<typeof findSimilar>) => matches.map((m) => m.candidate.name);

describe("finding arrangements like a new proposal", () => {
  it("finds the CCTV partnership from the word CCTV alone, because of its name", () => {
    const [first, ...rest] = findSimilar({ name: "CCTV" }, register);
    expect(first?.candidate.id).toBe(1);
    expect(first?.reasons).toEqual([{ kind: "name", text: "similar name", words: ["CCTV"] }]);
    expect(rest).toEqual([]);
  });

  it("names the partner two arrangements share, as typed on the register", () => {
    const matches = findSimilar({ partners: ["westmarch district council"] }, register);
    expect(names(matches)).toEqual(["Brookside Shared Legal Service", "Northbrook and Westmarch CCTV Partnership"]);
    expect(matches[0]?.reasons.map((r) => r.text)).toEqual(["same partner: Westmarch District Council"]);
  });

  it("forgives a slip of the keys in a partner's name, and a leading The", () => {
    const [match] = findSimilar({ partners: ["The Westmarsh District Council"] }, register);
    expect(match?.reasons[0]).toMatchObject({ kind: "partner", partner: "Westmarch District Council" });
  });

  it("ignores words every partnership has: partnership, council, the", () => {
    expect(findSimilar({ name: "The Partnership of the Council" }, register)).toEqual([]);
  });

  it("matches a purpose on its telling words and says which", () => {
    const [match] = findSimilar({ purpose: "Shared collection of household waste and recycling" }, register);
    expect(match?.candidate.id).toBe(2);
    expect(match?.reasons[0]).toMatchObject({ kind: "purpose", text: "similar purpose" });
    expect(match?.reasons[0] && "words" in match.reasons[0] ? match.reasons[0].words : []).toEqual(expect.arrayContaining(["waste", "recycling"]));
  });

  it("ranks an arrangement matching on name and partner above one matching on partner only", () => {
    const matches = findSimilar({ name: "CCTV monitoring", partners: ["Westmarch District Council"] }, register);
    expect(matches[0]?.candidate.id).toBe(1);
    expect(matches[0]?.reasons.map((r) => r.kind)).toEqual(["name", "partner"]);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
  });

  it("gives the council's own town name little weight, since most entries carry it", () => {
    const matches = findSimilar({ name: "Northbrook Youth Forum" }, register);
    expect(matches.every((m) => m.score < 0.5)).toBe(true);
  });

  it("finds nothing when nothing is typed, and keeps to the limit", () => {
    expect(findSimilar({ name: "  ", partners: [], purpose: "" }, register)).toEqual([]);
    expect(findSimilar({ partners: ["Wessex Police", "Westmarch District Council", "Wessex County Council"] }, register, { limit: 2 })).toHaveLength(2);
  });

  it("scores between 0 and 1, best first", () => {
    const matches = findSimilar({ name: "Wessex waste", partners: ["Wessex County Council"], purpose: "recycling" }, register);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });
});
