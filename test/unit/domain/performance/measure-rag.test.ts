import { describe, expect, it } from "vitest";
import { measureRag } from "../../../../src/domain/performance/measure-rag";
import { defaultRagTolerancePercent, ragTolerance } from "../../../../src/domain/performance/rag-tolerance";

const higher = (actual: number, target = 100) => measureRag({ target, higherIsBetter: true, actual }, defaultRagTolerancePercent);
const lower = (actual: number, target = 100) => measureRag({ target, higherIsBetter: false, actual }, defaultRagTolerancePercent);

describe("red / amber / green for a measure", () => {
  it("an actual that meets or beats its target is green", () => {
    expect(higher(100)).toBe("green");
    expect(higher(130)).toBe("green");
  });

  it("an actual 5% below target is amber", () => {
    expect(higher(95)).toBe("amber");
  });

  it("an actual exactly at the edge of the tolerance is still amber", () => {
    expect(higher(90)).toBe("amber");
    expect(higher(108, 120)).toBe("amber");
  });

  it("an actual more than the tolerance below target is red", () => {
    expect(higher(89.9)).toBe("red");
    expect(higher(40)).toBe("red");
  });

  it("for a lower-is-better measure, an actual under the target is green and 5% over is amber", () => {
    expect(lower(80)).toBe("green");
    expect(lower(105)).toBe("amber");
    expect(lower(125)).toBe("red");
  });

  it("a target of nought leaves no room: any complaint over a zero target is red", () => {
    expect(lower(0, 0)).toBe("green");
    expect(lower(1, 0)).toBe("red");
  });

  it("a pack's own tolerance replaces the default", () => {
    expect(measureRag({ target: 100, higherIsBetter: true, actual: 95 }, 3)).toBe("red");
    expect(ragTolerance({ monitoring: { ragTolerancePercent: 3 } })).toBe(3);
    expect(ragTolerance({})).toBe(10);
  });
});
