import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosaver, type SaveStatus } from "../../../../src/tab/wizard/autosaver";
import { readKeptDraft, type DraftStorage } from "../../../../src/tab/wizard/kept-drafts";

type Answers = { name?: string };
class Conflict extends Error {}
class Offline extends Error {}

const memory = (): DraftStorage => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

function setUp(save: (answers: Answers, etag: string) => Promise<{ etag: string }>) {
  const statuses: SaveStatus["kind"][] = [];
  const storage = memory();
  const saver = new Autosaver<Answers>({
    evaluationId: 5,
    etag: '"1"',
    answers: {},
    save,
    storage,
    delayMs: 800,
    isConflict: (e) => e instanceof Conflict,
    isOffline: (e) => e instanceof Offline,
    describe: (e) => (e as Error).message,
    onStatus: (s) => statuses.push(s.kind),
  });
  return { saver, statuses, storage };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosaving a draft", () => {
  it("saves once typing has paused, with the last answers and the ETag of the version on screen", async () => {
    const save = vi.fn(async (_answers: Answers, etag: string) => ({ etag: `${etag}+` }));
    const { saver, statuses, storage } = setUp(save);
    saver.change({ name: "C" });
    await vi.advanceTimersByTimeAsync(500);
    saver.change({ name: "CCTV" });
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    expect(readKeptDraft(storage, 5)?.answers).toEqual({ name: "CCTV" });
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ name: "CCTV" }, '"1"');
    expect(statuses).toEqual(["pending", "pending", "saving", "saved"]);
    expect(saver.currentEtag).toBe('"1"+');
    expect(readKeptDraft(storage, 5)).toBeNull();
  });

  it("sends changes typed during a save straight after it, on the new ETag", async () => {
    let release: (() => void) | undefined;
    const save = vi.fn((_answers: Answers, etag: string) => new Promise<{ etag: string }>((resolve) => (release = () => resolve({ etag: `${etag}+` }))));
    const { saver, storage } = setUp(save);
    saver.change({ name: "one" });
    await vi.advanceTimersByTimeAsync(800);
    saver.change({ name: "two" });
    release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(readKeptDraft(storage, 5)).toMatchObject({ baseEtag: '"1"+', answers: { name: "two" } });
    await vi.advanceTimersByTimeAsync(800);
    release?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([a, e]) => [a.name, e])).toEqual([["one", '"1"'], ["two", '"1"+']]);
    expect(readKeptDraft(storage, 5)).toBeNull();
  });

  it("keeps the changes on the device while offline and saves them when asked again", async () => {
    let online = false;
    const save = vi.fn(async (_answers: Answers, etag: string) => {
      if (!online) throw new Offline("Failed to fetch");
      return { etag: `${etag}+` };
    });
    const { saver, statuses, storage } = setUp(save);
    saver.change({ name: "typed on the train" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("offline");
    expect(readKeptDraft(storage, 5)?.answers).toEqual({ name: "typed on the train" });
    online = true;
    await saver.flush();
    expect(statuses.at(-1)).toBe("saved");
    expect(save).toHaveBeenLastCalledWith({ name: "typed on the train" }, '"1"');
    expect(readKeptDraft(storage, 5)).toBeNull();
  });

  it("stops at a conflict, keeps the changes, and saves nothing more until the other version is adopted", async () => {
    const save = vi.fn(async (): Promise<{ etag: string }> => {
      throw new Conflict("Michael Dunmore changed this evaluation");
    });
    const { saver, statuses, storage } = setUp(save);
    saver.change({ name: "mine" });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe("conflict");
    saver.change({ name: "mine, more" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(readKeptDraft(storage, 5)?.answers).toEqual({ name: "mine, more" });
    saver.adopt({ name: "theirs" }, '"9"');
    expect(readKeptDraft(storage, 5)).toBeNull();
    save.mockImplementation(async () => ({ etag: '"10"' }));
    saver.change({ name: "theirs, and mine again" });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenLastCalledWith({ name: "theirs, and mine again" }, '"9"');
  });

  it("says plainly why any other failure happened, and keeps the changes", async () => {
    const save = vi.fn(async (): Promise<{ etag: string }> => {
      throw new Error("You do not have permission to change this evaluation.");
    });
    const { saver, storage } = setUp(save);
    saver.change({ name: "x" });
    await vi.advanceTimersByTimeAsync(800);
    expect(saver.currentStatus).toEqual({ kind: "failed", message: "You do not have permission to change this evaluation." });
    expect(readKeptDraft(storage, 5)?.answers).toEqual({ name: "x" });
  });
});
