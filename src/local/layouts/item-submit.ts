import { validateItemWrite } from "../item-validation";
import type { ListStore } from "../list-store";
import { etagOf, type SiteUser, type StoredItem } from "../model";
import { ifMatchOk } from "../respond";
import type { SiteStore } from "../site-store";
import { createItem, deleteItem, updateItem } from "../site-mutations";
import { SpError } from "../sp-error";
import { editableFields, restKey } from "./columns";
import { emptyRaw, isBlank, rawFromForm, rawFromItem, restValue, sameRaw, type RawValues } from "./form-values";

/**
 * A posted editor form → the same create/update the REST API makes. An edit sends only the
 * columns the person changed (as SharePoint's grid does), so an untouched column is never
 * rewritten. Each column is first checked alone with item-validation, only so that SharePoint's
 * message can be shown beside the column it is about; the write itself then goes through
 * site-mutations exactly as a REST MERGE or POST would, with the form's ETag as If-Match.
 */
export type SaveOutcome =
  | { kind: "saved"; item: StoredItem }
  | { kind: "unchanged"; item: StoredItem }
  | { kind: "refused"; raw: RawValues; errors: Map<string, string>; formError?: string }
  | { kind: "stale"; raw: RawValues; current: StoredItem };

export const expiredFormMessage =
  "This form has expired or did not come from this page (the stand-in may have restarted). Nothing was saved; your values are kept, so check them and save again.";

/** A new item has no stored values; id 0 never matches a real row in the uniqueness check. */
const blankItem: StoredItem = { Id: 0, guid: "", version: 0, Created: "", Modified: "", AuthorId: 0, EditorId: 0, values: {} };

/** Runs a write and turns SharePoint's refusal into a message; anything else is a bug and propagates. */
function refusal(write: () => void): string | undefined {
  try {
    write();
    return undefined;
  } catch (error) {
    if (error instanceof SpError) return error.message;
    throw error;
  }
}

export interface SaveInput {
  store: SiteStore;
  list: ListStore;
  existing?: StoredItem;
  form: URLSearchParams;
  user: SiteUser;
  tokenOk: boolean;
}

export function saveItem(input: SaveInput): SaveOutcome {
  const { store, list, existing, form } = input;
  const fields = editableFields(list);
  const posted = new Map(fields.map((f) => [f.InternalName, rawFromForm(f, form)]));
  // What the form shows again if refused: what was posted, else what is stored.
  const raw: RawValues = Object.fromEntries(
    fields.map((f) => [f.InternalName, posted.get(f.InternalName) ?? (existing ? rawFromItem(f, existing) : emptyRaw(f))]),
  );
  if (!input.tokenOk) return { kind: "refused", raw, errors: new Map(), formError: expiredFormMessage };
  const etag = form.get("_etag") ?? "";
  if (existing && (etag === "" || !ifMatchOk(etag, etagOf(existing)))) return { kind: "stale", raw, current: existing };

  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = posted.get(field.InternalName);
    if (value === undefined) continue;
    const include = existing ? !sameRaw(value, rawFromItem(field, existing)) : field.kind === "Boolean" || !isBlank(value);
    if (include) body[restKey(field)] = restValue(field, value);
  }
  if (existing && Object.keys(body).length === 0) return { kind: "unchanged", item: existing };

  const errors = new Map<string, string>();
  for (const field of fields) {
    const key = restKey(field);
    // A new item missing a required column gets SharePoint's "required" message from the same check.
    if (!(key in body) && !(field.Required && !existing)) continue;
    const message = refusal(() => validateItemWrite(store, list, { [key]: key in body ? body[key] : null }, existing ?? blankItem));
    if (message !== undefined) errors.set(field.InternalName, message);
  }
  if (errors.size > 0) return { kind: "refused", raw, errors };

  let saved: StoredItem | undefined;
  const message = refusal(() => {
    saved = existing
      ? updateItem(store, list, existing, body, input.user, (current) => ifMatchOk(etag, current))
      : createItem(store, list, body, input.user);
  });
  if (saved) return { kind: "saved", item: saved };
  return { kind: "refused", raw, errors, formError: message ?? "SharePoint did not save the item." };
}

export type DeleteOutcome = { kind: "deleted" } | { kind: "stale"; current: StoredItem } | { kind: "refused"; message: string };

export function deleteFromForm(store: SiteStore, list: ListStore, existing: StoredItem, form: URLSearchParams, tokenOk: boolean): DeleteOutcome {
  if (!tokenOk) return { kind: "refused", message: expiredFormMessage.replace("Nothing was saved; your values are kept, so check them and save again.", "Nothing was deleted.") };
  const etag = form.get("_etag") ?? "";
  if (etag === "" || !ifMatchOk(etag, etagOf(existing))) return { kind: "stale", current: existing };
  const message = refusal(() => deleteItem(store, list, existing, (current) => ifMatchOk(etag, current)));
  return message === undefined ? { kind: "deleted" } : { kind: "refused", message };
}
