import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";

/**
 * Append-only write-ahead log: one JSON line per change, each carrying a sequence number.
 *
 * Writes go to the file with writeSync (so the order on disk is the order they were applied) and
 * `sync()` fsyncs before a 2xx is sent; a batch of many changes pays for one fsync. A kill can only
 * tear the last line, which replay ignores and `open` cuts off, so the next append starts clean.
 */
export interface WalRecord<T> {
  seq: number;
  change: T;
}

export class WriteAheadLog<T> {
  private fd: number;
  private dirty = false;
  private records = 0;

  private constructor(
    private readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Opens (creating if needed) the log, returns it with the intact records, truncating a torn tail. */
  static open<T>(path: string): { wal: WriteAheadLog<T>; records: WalRecord<T>[] } {
    const text = existsSync(path) ? readFileSync(path, "utf8") : "";
    const records: WalRecord<T>[] = [];
    let validBytes = 0;
    let offset = 0;
    while (offset < text.length) {
      const end = text.indexOf("\n", offset);
      // No newline: the process died mid-append. That change was never acknowledged.
      if (end < 0) break;
      const line = text.slice(offset, end);
      let parsed: WalRecord<T>;
      try {
        parsed = JSON.parse(line) as WalRecord<T>;
      } catch (error) {
        // A complete line that does not parse can only be the torn last append overwritten by
        // garbage; anything after it cannot be trusted as ordered, so stop here — loudly.
        const rest = text.slice(end + 1).trim();
        if (rest.length > 0) {
          throw new Error(`write-ahead log ${path} is corrupt at byte ${Buffer.byteLength(text.slice(0, offset))}: ${String(error)}`);
        }
        break;
      }
      records.push(parsed);
      offset = end + 1;
      validBytes += Buffer.byteLength(line) + 1;
    }
    const fd = openSync(path, "a+");
    if (fstatSync(fd).size !== validBytes) {
      ftruncateSync(fd, validBytes);
      fsyncSync(fd);
    }
    const wal = new WriteAheadLog<T>(path, fd);
    wal.records = records.length;
    return { wal, records };
  }

  append(record: WalRecord<T>): void {
    this.appendMany([record]);
  }

  appendMany(records: WalRecord<T>[]): void {
    if (records.length === 0) return;
    const text = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
    writeSync(this.fd, text);
    this.dirty = true;
    this.records += records.length;
  }

  /** Makes every appended record durable. Called before any write is acknowledged. */
  sync(): void {
    if (!this.dirty) return;
    fsyncSync(this.fd);
    this.dirty = false;
  }

  get size(): number {
    return this.records;
  }

  /** After a snapshot has durably captured everything: start the log again from empty. */
  reset(): void {
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.records = 0;
    this.dirty = false;
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }

  toString(): string {
    return `WriteAheadLog(${this.path})`;
  }
}
