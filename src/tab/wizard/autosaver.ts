import { forgetDraft, keepDraft, type DraftStorage } from "./kept-drafts";

export type SaveStatus =
  /** Opened and untouched: what is on screen is what SharePoint holds. */
  | { kind: "idle" }
  | { kind: "saved"; at: Date }
  /** Changes waiting for typing to pause. */
  | { kind: "pending" }
  | { kind: "saving" }
  /** The network is gone: the changes are kept on this device and saved when it returns. */
  | { kind: "offline" }
  /** SharePoint refused for another reason; the changes are kept and can be retried. */
  | { kind: "failed"; message: string }
  /** Someone else saved the draft first; nothing more is saved until the officer chooses. */
  | { kind: "conflict"; error: unknown };

export interface AutosaverOptions<A> {
  evaluationId: number;
  /** The ETag of the version on screen when the wizard opened. */
  etag: string;
  /** The answers on screen when the wizard opened. */
  answers: A;
  save: (answers: A, etag: string) => Promise<{ etag: string }>;
  storage: DraftStorage | null;
  /** How long typing must pause before a save (the wizard uses about 800 ms). */
  delayMs: number;
  isConflict: (error: unknown) => boolean;
  isOffline: (error: unknown) => boolean;
  describe: (error: unknown) => string;
  onStatus: (status: SaveStatus) => void;
  now?: () => Date;
}

/**
 * Debounced autosave with nothing lost: every change is kept on the device at once, then saved
 * once typing pauses, one save at a time, each carrying the ETag of the last one. A failed save
 * keeps the changes for the next try; a conflict stops saving until the officer decides.
 */
export class Autosaver<A> {
  private answers: A;
  private etag: string;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private status: SaveStatus = { kind: "idle" };
  private stopped = false;

  constructor(private readonly options: AutosaverOptions<A>) {
    this.answers = options.answers;
    this.etag = options.etag;
  }

  get currentEtag(): string {
    return this.etag;
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== undefined;
  }

  /** The officer changed something: keep it here now, save it once typing pauses. */
  change(answers: A): void {
    this.answers = answers;
    this.dirty = true;
    this.keep();
    if (this.status.kind === "conflict" || this.stopped) return;
    if (this.status.kind !== "offline" && this.status.kind !== "saving") this.setStatus({ kind: "pending" });
    this.schedule();
  }

  /** Starts from changes this device kept but never saved (a reload while offline). */
  resumeUnsaved(answers: A): void {
    this.change(answers);
  }

  /** Saves now whatever is waiting (moving step, submitting, the network coming back, Retry). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.status.kind === "conflict" || this.stopped) return;
    while (this.inFlight) await this.inFlight;
    // A save that finished meanwhile may have met a conflict.
    if (!this.dirty || this.inConflict()) return;
    this.inFlight = this.run();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
    // Changes typed during that save go out straight after it.
    if (this.dirty && !this.inConflict() && this.status.kind === "saved") await this.flush();
  }

  /**
   * After a conflict, the officer loaded the other person's version: it becomes the base, the
   * kept changes are dropped from the device (the page still shows them to re-enter), and saving
   * resumes from there.
   */
  adopt(answers: A, etag: string): void {
    this.clearTimer();
    this.answers = answers;
    this.etag = etag;
    this.dirty = false;
    forgetDraft(this.options.storage, this.options.evaluationId);
    this.setStatus({ kind: "idle" });
  }

  /** Marks a conflict found on opening (kept changes on top of an older version). */
  markConflict(error: unknown): void {
    this.clearTimer();
    this.setStatus({ kind: "conflict", error });
  }

  /** The wizard is on screen (again: React may unmount and remount it). */
  start(): void {
    this.stopped = false;
  }

  /** The wizard closed or the evaluation was submitted: no more saves from this instance. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private inConflict(): boolean {
    return this.status.kind === "conflict";
  }

  private async run(): Promise<void> {
    const sending = this.answers;
    this.dirty = false;
    this.setStatus({ kind: "saving" });
    try {
      const { etag } = await this.options.save(sending, this.etag);
      this.etag = etag;
      if (this.dirty) this.keep();
      else forgetDraft(this.options.storage, this.options.evaluationId);
      this.setStatus({ kind: "saved", at: (this.options.now ?? (() => new Date()))() });
    } catch (error) {
      this.dirty = true;
      this.keep();
      if (this.options.isConflict(error)) this.setStatus({ kind: "conflict", error });
      else if (this.options.isOffline(error)) this.setStatus({ kind: "offline" });
      else {
        console.error("[wizard] saving the draft failed:", error);
        this.setStatus({ kind: "failed", message: this.options.describe(error) });
      }
    }
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private keep(): void {
    keepDraft(this.options.storage, { evaluationId: this.options.evaluationId, baseEtag: this.etag, answers: this.answers, keptAt: new Date().toISOString() });
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
