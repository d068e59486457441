import { describe, expect, it } from "vitest";
import { resumeDraft, sameAnswers } from "../../../../src/tab/wizard/resume-draft";

const saved = { answers: { basics: { name: "CCTV", partners: ["Wessex Police"] } }, etag: '"4"' };

describe("reopening a draft", () => {
  it("starts from SharePoint's copy when nothing was kept on the device", () => {
    expect(resumeDraft(saved, null)).toEqual({ from: "saved", answers: saved.answers });
  });

  it("starts from SharePoint's copy when what was kept is already saved", () => {
    const kept = { evaluationId: 1, baseEtag: '"2"', answers: { basics: { partners: ["Wessex Police"], name: "CCTV" } }, keptAt: "" };
    expect(resumeDraft(saved, kept).from).toBe("saved");
  });

  it("carries on from changes made offline when nobody has saved since", () => {
    const kept = { evaluationId: 1, baseEtag: '"4"', answers: { basics: { name: "CCTV for Kingsmere" } }, keptAt: "" };
    expect(resumeDraft(saved, kept)).toEqual({ from: "device", answers: kept.answers });
  });

  it("shows both when someone else saved on top of the version the kept changes were typed on", () => {
    const kept = { evaluationId: 1, baseEtag: '"3"', answers: { basics: { name: "CCTV for Kingsmere" } }, keptAt: "" };
    expect(resumeDraft(saved, kept)).toEqual({ from: "conflict", answers: saved.answers, kept: kept.answers });
  });

  it("compares answers whatever the order of their keys, ignoring unset ones", () => {
    expect(sameAnswers({ a: 1, b: { c: [1, 2], d: undefined } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameAnswers({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
