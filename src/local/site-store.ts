import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ListStore } from "./list-store";
import type { Change, FieldDef, ListMeta, SiteUser, StoredItem } from "./model";
import { readSnapshot, writeSnapshot } from "./snapshot";
import { WriteAheadLog } from "./wal";

interface StoreState {
  users: SiteUser[];
  lists: { meta: ListMeta; fields: FieldDef[]; items: StoredItem[] }[];
}

/** Compact once the log holds this many changes (a few MB), so restarts replay little. */
const COMPACT_AFTER = 20_000;

/**
 * The whole site in memory, made durable by a write-ahead log plus snapshots.
 *
 * Every change goes through `commit`: appended to the log, then applied to memory. Route
 * handlers call `durable()` (one fsync) before any 2xx leaves the process, so an acknowledged
 * write survives `kill -9`. Because all of it is synchronous, no other request can observe a
 * change between its apply and its fsync.
 */
export class SiteStore {
  readonly users = new Map<number, SiteUser>();
  private readonly listsById = new Map<string, ListStore>();
  private seq = 0;
  private compactScheduled = false;

  private constructor(
    private readonly wal: WriteAheadLog<Change>,
    private readonly snapshotPath: string,
  ) {}

  static open(dataDir: string): SiteStore {
    mkdirSync(dataDir, { recursive: true });
    const snapshotPath = join(dataDir, "snapshot.json");
    const snapshot = readSnapshot<StoreState>(snapshotPath);
    const { wal, records } = WriteAheadLog.open<Change>(join(dataDir, "wal.jsonl"));
    const store = new SiteStore(wal, snapshotPath);
    if (snapshot) {
      store.seq = snapshot.seq;
      for (const user of snapshot.state.users) store.users.set(user.Id, user);
      for (const list of snapshot.state.lists) {
        const ls = new ListStore(list.meta, list.fields);
        for (const item of list.items) ls.put(item);
        store.listsById.set(list.meta.Id, ls);
      }
    }
    for (const record of records) {
      if (record.seq <= store.seq) continue; // already inside the snapshot
      store.apply(record.change);
      store.seq = record.seq;
    }
    // Fold a long log into a fresh snapshot now, while nothing else is running.
    if (wal.size > 0) store.compact();
    return store;
  }

  /** Logs and applies changes; durable only after `durable()`. */
  commit(...changes: Change[]): void {
    const records = changes.map((change) => ({ seq: ++this.seq, change }));
    this.wal.appendMany(records);
    for (const change of changes) this.apply(change);
    if (this.wal.size >= COMPACT_AFTER && !this.compactScheduled) {
      this.compactScheduled = true;
      // After the current response: compaction is a whole-file write and need not delay it.
      setImmediate(() => {
        this.compactScheduled = false;
        this.compact();
      });
    }
  }

  /** fsync: called before acknowledging any write. */
  durable(): void {
    this.wal.sync();
  }

  compact(): void {
    this.wal.sync();
    const state: StoreState = {
      users: [...this.users.values()],
      lists: [...this.listsById.values()].map((l) => ({ meta: l.meta, fields: l.fields, items: l.all() })),
    };
    writeSnapshot(this.snapshotPath, { format: 1, seq: this.seq, state });
    this.wal.reset();
  }

  close(): void {
    this.compact();
    this.wal.close();
  }

  lists(): ListStore[] {
    return [...this.listsById.values()];
  }

  listById(id: string): ListStore | undefined {
    return this.listsById.get(id.toLowerCase());
  }

  /** Titles are case-insensitive in SharePoint's getByTitle. */
  listByTitle(title: string): ListStore | undefined {
    const lower = title.toLowerCase();
    return this.lists().find((l) => l.meta.Title.toLowerCase() === lower);
  }

  userById(id: number): SiteUser | undefined {
    return this.users.get(id);
  }

  /** Matches a login name (claims or bare), e-mail or UPN, case-insensitively. */
  findUser(name: string): SiteUser | undefined {
    const wanted = name.trim().toLowerCase();
    const bare = wanted.includes("|") ? wanted.slice(wanted.lastIndexOf("|") + 1) : wanted;
    for (const user of this.users.values()) {
      if (
        user.LoginName.toLowerCase() === wanted ||
        user.Email.toLowerCase() === bare ||
        user.UserPrincipalName.toLowerCase() === bare
      ) {
        return user;
      }
    }
    return undefined;
  }

  nextUserId(): number {
    // SharePoint's first real people get ids after its built-in principals.
    return Math.max(6, ...this.users.keys()) + 1;
  }

  private apply(change: Change): void {
    switch (change.t) {
      case "user.put":
        this.users.set(change.user.Id, change.user);
        return;
      case "list.put": {
        const existing = this.listsById.get(change.list.Id);
        if (existing) {
          existing.meta = change.list;
          for (const field of change.fields) existing.putField(field);
        } else {
          this.listsById.set(change.list.Id, new ListStore(change.list, change.fields));
        }
        return;
      }
      case "list.delete":
        this.listsById.delete(change.listId);
        return;
      case "field.put":
        this.requireList(change.listId).putField(change.field);
        return;
      case "field.delete":
        this.requireList(change.listId).removeField(change.internalName);
        return;
      case "item.put":
        this.requireList(change.listId).put(change.item);
        return;
      case "item.delete":
        this.requireList(change.listId).delete(change.id);
        return;
    }
  }

  private requireList(id: string): ListStore {
    const list = this.listsById.get(id);
    if (!list) throw new Error(`log refers to unknown list ${id}`);
    return list;
  }
}
