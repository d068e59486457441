import type { SPFI } from "@pnp/sp";
import type { z } from "zod";
import { changesBetween, checkKnownProperties, wholeRecord, type AuditChanges } from "./audit-changes";
import { auditEntryFor, auditLogTitle, type Actor } from "./audit-trail";
import { ConcurrencyError } from "./errors/concurrency-error";
import { NotFoundError } from "./errors/not-found-error";
import { PermissionError } from "./errors/permission-error";
import { toSharePointError } from "./errors/to-sharepoint-error";
import { latestChangeOf } from "./latest-change";
import type { ListDefinition } from "./lists/list-definition";
import { recordToItem, type SharePointItem } from "./lists/map-item";
import { ListReader } from "./list-reader";
import type { ListRow } from "./read-row";
import { recordNoun } from "./record-noun";
import { appendAfterSave, writeWithAudit } from "./write-with-audit";

export type WriteAction = "create" | "update" | "delete";

export interface WriteRequest {
  action: WriteAction;
  listTitle: string;
  actor: Actor;
  itemId?: number;
  changes: Record<string, unknown>;
}

export interface RepositoryOptions {
  /** The AuditLog's definition, for writing entries. */
  auditDefinition: ListDefinition;
  /**
   * The product's own rule for who may write what (DESIGN.md "Identity": enforced where data is
   * written). Throw PermissionError.refused(...) to say no.
   */
  authorise?: (request: WriteRequest) => void | Promise<void>;
}

export interface WriteOptions {
  /** Why, in the officer's words; kept in the audit entry. */
  reason?: string;
}

/**
 * Reads and writes one list, for every list but the AuditLog. Every write carries the ETag the
 * officer's screen was showing (never `*`) and appends its audit entry in the same `$batch`.
 */
export class ListRepository<T> extends ListReader<T> {
  constructor(
    sp: SPFI,
    definition: ListDefinition,
    schema: z.ZodObject,
    private readonly options: RepositoryOptions,
  ) {
    super(sp, definition, schema);
    // The audit log is append-only: the product never edits or deletes its entries.
    if (definition.title === auditLogTitle) throw new Error("The AuditLog is append-only; use AuditLogReader");
  }

  async add(record: Partial<T>, actor: Actor, options: WriteOptions = {}): Promise<{ id: number; etag: string }> {
    const values = record as Record<string, unknown>;
    checkKnownProperties(this.definition, values);
    await this.authorise({ action: "create", listTitle: this.definition.title, actor, changes: values });
    let created: SharePointItem;
    try {
      created = await this.items.add(recordToItem(this.definition, record));
    } catch (error) {
      throw await toSharePointError(error, this.errorContext);
    }
    const id = Number(created.Id ?? created.ID);
    // The new item's id exists only once SharePoint has created it, so this entry follows the write.
    const entry = auditEntryFor(this.facts("create", actor, id, values, wholeRecord(this.definition, values, "after"), options));
    await appendAfterSave(this.sp, this.options.auditDefinition, entry, this.errorContext);
    return { id, etag: typeof created["odata.etag"] === "string" ? created["odata.etag"] : "" };
  }

  /** Changes only the properties in `changes`; returns the new ETag (unchanged when nothing differed). */
  async update(id: number, changes: Partial<T>, etag: string, actor: Actor, options: WriteOptions = {}): Promise<{ etag: string; changed: boolean }> {
    const values = changes as Record<string, unknown>;
    requireEtag(etag);
    checkKnownProperties(this.definition, values);
    await this.authorise({ action: "update", listTitle: this.definition.title, actor, itemId: id, changes: values });
    const current = await this.currentOrGone(id, etag);
    const diff = changesBetween(this.definition, current.record as Record<string, unknown>, values);
    if (Object.keys(diff).length === 0) return { etag: current.etag, changed: false };
    const payload = recordToItem(this.definition, Object.fromEntries(Object.keys(diff).map((k) => [k, values[k]])));
    const entry = auditEntryFor(this.facts("update", actor, id, { ...current.record, ...values }, diff, options));
    const result = await writeWithAudit(
      this.sp,
      this.options.auditDefinition,
      entry,
      (batched) => batched.web.lists.getByTitle(this.definition.title).items.getById(id).update(payload, etag),
      this.errorContext,
      (error) => this.explainRefusal(id, error),
    );
    return { etag: result.etag ?? "", changed: true };
  }

  async delete(id: number, etag: string, actor: Actor, options: WriteOptions = {}): Promise<void> {
    requireEtag(etag);
    await this.authorise({ action: "delete", listTitle: this.definition.title, actor, itemId: id, changes: {} });
    const current = await this.currentOrGone(id, etag);
    const before = current.record as Record<string, unknown>;
    const entry = auditEntryFor(this.facts("delete", actor, id, before, wholeRecord(this.definition, before, "before"), options));
    await writeWithAudit(
      this.sp,
      this.options.auditDefinition,
      entry,
      (batched) => batched.web.lists.getByTitle(this.definition.title).items.getById(id).delete(etag),
      this.errorContext,
      (error) => this.explainRefusal(id, error),
    );
  }

  private async authorise(request: WriteRequest): Promise<void> {
    if (!Number.isInteger(request.actor.id) || request.actor.id <= 0) {
      throw PermissionError.refused("We could not tell who you are, so nothing was saved. Sign in again and retry.");
    }
    await this.options.authorise?.(request);
  }

  /**
   * The item as it is now, for the audit's "before" and to catch a stale ETag before writing:
   * the officer hears who changed it, and no write or audit entry is sent in vain.
   */
  private async currentOrGone(id: number, etag: string): Promise<ListRow<T>> {
    let current: ListRow<T>;
    try {
      current = await this.getById(id, [...this.definition.fields.map((f) => f.internalName), "Editor", "Modified"]);
    } catch (error) {
      if (NotFoundError.is(error)) throw ConcurrencyError.deleted(recordNoun(this.definition), error);
      throw error;
    }
    if (current.etag !== etag) throw ConcurrencyError.fromLatest(recordNoun(this.definition), latestChangeOf(current.raw));
    return current;
  }

  /** SharePoint said 412 after all (someone saved in the same instant): re-read who and when. */
  private async explainRefusal(id: number, error: unknown) {
    const typed = await toSharePointError(error, this.errorContext);
    if (!ConcurrencyError.is(typed)) return typed;
    try {
      const latest = await this.getById(id, ["Editor", "Modified"]);
      return ConcurrencyError.fromLatest(recordNoun(this.definition), latestChangeOf(latest.raw), error);
    } catch (reread) {
      if (NotFoundError.is(reread)) return ConcurrencyError.deleted(recordNoun(this.definition), error);
      throw reread;
    }
  }

  private facts(action: WriteAction, actor: Actor, itemId: number, record: Record<string, unknown>, changes: AuditChanges, options: WriteOptions) {
    const arrangementId = this.definition.title === "Partnerships" ? itemId : record.arrangementId;
    return {
      definition: this.definition,
      action,
      actor,
      itemId,
      ...(typeof arrangementId === "number" ? { arrangementId } : {}),
      changes,
      ...(options.reason ? { reason: options.reason } : {}),
    };
  }
}

/** An ETag is what makes a write safe; `*` or nothing would overwrite someone else's edit. */
function requireEtag(etag: string): void {
  if (!etag || etag === "*") throw new Error("A write needs the ETag of the item as it was read; '*' would overwrite other people's changes");
}
