import { describe, expect, it } from "vitest";
import { parsePounds, poundsText } from "../../../../src/tab/wizard/parse-pounds";

describe("an amount in pounds as an officer types it", () => {
  it("reads plain figures, a pound sign, thousands separators and pence", () => {
    expect(parsePounds("65000")).toBe(65000);
    expect(parsePounds("£65,000")).toBe(65000);
    expect(parsePounds(" 1 250.50 ")).toBe(1250.5);
  });

  it("treats a blank box as not answered, and anything else as not an amount", () => {
    expect(parsePounds("  ")).toBeUndefined();
    expect(parsePounds("about 60k")).toBeNull();
    expect(parsePounds("-500")).toBeNull();
    expect(parsePounds("12.345")).toBeNull();
  });

  it("shows a saved amount back without separators, so it edits cleanly", () => {
    expect(poundsText(65000)).toBe("65000");
    expect(poundsText(undefined)).toBe("");
  });
});
