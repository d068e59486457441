import { describe, expect, it } from "vitest";
import { localObjectId, localUserId } from "../../../src/bot/local-object-id";

describe("a demo person's local Entra object id", () => {
  it("is uuid-shaped, version 8, RFC variant", () => {
    expect(localObjectId("margaret.holloway@northbrook.example")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is the same for the same e-mail whatever its case or spacing, and differs between people", () => {
    expect(localObjectId(" Margaret.Holloway@Northbrook.example ")).toBe(localObjectId("margaret.holloway@northbrook.example"));
    expect(localObjectId("a@northbrook.example")).not.toBe(localObjectId("b@northbrook.example"));
  });

  it("is stable across runs (a fixed value, so the local Teams stand-in can rely on it)", () => {
    expect(localObjectId("change.manager@council.example")).toBe(localObjectId("change.manager@council.example"));
    expect(localUserId("x@y.example")).toBe(`29:local-${localObjectId("x@y.example")}`);
  });
});
