import { describe, expect, it } from "vitest";
import { forgetDraft, keepDraft, keptDraftKey, readKeptDraft, type DraftStorage } from "../../../../src/tab/wizard/kept-drafts";

const memory = (): DraftStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe("answers kept on the device", () => {
  it("come back for the same evaluation and never for another", () => {
    const storage = memory();
    keepDraft(storage, { evaluationId: 7, baseEtag: '"3"', answers: { basics: { name: "CCTV" } }, keptAt: "2026-11-24T14:02:00Z" });
    expect(readKeptDraft(storage, 7)).toEqual({ evaluationId: 7, baseEtag: '"3"', answers: { basics: { name: "CCTV" } }, keptAt: "2026-11-24T14:02:00Z" });
    expect(readKeptDraft(storage, 8)).toBeNull();
  });

  it("are gone once forgotten", () => {
    const storage = memory();
    keepDraft(storage, { evaluationId: 7, baseEtag: '"3"', answers: {}, keptAt: "" });
    forgetDraft(storage, 7);
    expect(storage.data.size).toBe(0);
  });

  it("treat a damaged or foreign entry as nothing kept, rather than breaking the wizard", () => {
    const storage = memory();
    storage.setItem(keptDraftKey(7), "{ not json");
    expect(readKeptDraft(storage, 7)).toBeNull();
    storage.setItem(keptDraftKey(7), JSON.stringify({ evaluationId: 9, baseEtag: "x", answers: {} }));
    expect(readKeptDraft(storage, 7)).toBeNull();
  });

  it("report a device that refuses to keep anything, and work with no storage at all", () => {
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => undefined };
    expect(keepDraft(full, { evaluationId: 1, baseEtag: "", answers: {}, keptAt: "" })).toBe(false);
    expect(keepDraft(null, { evaluationId: 1, baseEtag: "", answers: {}, keptAt: "" })).toBe(false);
    expect(readKeptDraft(null, 1)).toBeNull();
  });
});
