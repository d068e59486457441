import type { ListStore } from "../list-store";
import { etagOf, type FieldDef, type StoredItem } from "../model";
import { editableFields } from "./columns";
import type { CellReader } from "./field-display";
import { errorTarget, fieldControl, type InputContext } from "./field-inputs";
import { emptyRaw, type RawValues } from "./form-values";
import { html, type SafeHtml } from "./html";
import type { LayoutPaths } from "./paths";
import { formatSiteDate } from "./site-time";

/**
 * The new/edit form. Problems come back GOV.UK-style: a summary at the top that takes focus and
 * links to each field, and the same message beside the field, with what was typed kept.
 */
export interface EditorInput {
  list: ListStore;
  /** The item as it is now; absent for a new item. */
  item?: StoredItem;
  raw: RawValues;
  /** SharePoint's message per column, by internal name. */
  errors: Map<string, string>;
  /** A refusal that belongs to no one column (e.g. duplicate values, an expired form). */
  formError?: string;
  /** Set when the item changed since the form was opened: nothing was saved. */
  stale?: { by: string; at: string };
  token: string;
  /** The ETag the form was opened at; kept as it was when the form is shown again. */
  etag: string;
  paths: LayoutPaths;
  inputs: InputContext;
  reader: CellReader;
}

export function editorTitle(list: ListStore, item: StoredItem | undefined): string {
  if (!item) return `New item in ${list.meta.Title}`;
  const title = typeof item.values.Title === "string" && item.values.Title !== "" ? item.values.Title : `item ${item.Id}`;
  return `Edit ${title}`;
}

function summary(fields: FieldDef[], input: EditorInput): SafeHtml | "" {
  const problems = fields.filter((f) => input.errors.has(f.InternalName));
  if (problems.length === 0 && !input.formError) return "";
  return html`<div class="problem" role="alert" tabindex="-1" autofocus aria-labelledby="problem-title">
<h2 id="problem-title">There is a problem: nothing was saved</h2>
<ul>${input.formError && html`<li>${input.formError}</li>`}${problems.map(
    (f) => html`<li><a href="#${errorTarget(f)}">${f.Title}: ${input.errors.get(f.InternalName)}</a></li>`,
  )}</ul></div>`;
}

function staleNotice(input: EditorInput): SafeHtml | "" {
  if (!input.stale || !input.item) return "";
  return html`<div class="problem" role="alert" tabindex="-1" autofocus aria-labelledby="stale-title">
<h2 id="stale-title">This item was changed by ${input.stale.by} at ${input.stale.at} since you opened it</h2>
<p>Nothing was saved, so their change is kept. Your values are still in the form below; copy anything you need, then
<a href="${input.paths.item(input.list.meta.Title, input.item.Id)}">open the current version</a> and make your change again.</p></div>`;
}

export function editorBody(input: EditorInput): SafeHtml {
  const { list, item, paths } = input;
  const fields = editableFields(list);
  const action = item ? paths.item(list.meta.Title, item.Id) : paths.newItem(list.meta.Title);
  const meta = item
    ? html`<p class="meta">Item ${item.Id}. Created ${formatSiteDate(item.Created, false)} by ${input.reader.userName(item.AuthorId)};
last modified ${formatSiteDate(item.Modified, false)} by ${input.reader.userName(item.EditorId)}. Version ${item.version}, ETag <code>${etagOf(item)}</code>.</p>`
    : "";
  return html`<h1>${editorTitle(list, item)}</h1>
${meta}
${staleNotice(input)}${summary(fields, input)}
<p class="lead">Fields marked <span class="req" aria-hidden="true">*</span><span class="visually-hidden">with an asterisk</span> are required.</p>
<form class="editor" method="post" action="${action}" novalidate>
<input type="hidden" name="_token" value="${input.token}">
<input type="hidden" name="_etag" value="${input.etag}">
${fields.map((f) => fieldControl(f, input.raw[f.InternalName] ?? emptyRaw(f), input.errors.get(f.InternalName), input.inputs))}
<div class="actions">
<button class="button" type="submit">Save</button>
<a class="button secondary" href="${paths.list(list.meta.Title)}">Cancel</a>
${item && html`<a class="button secondary" href="${paths.deleteItem(list.meta.Title, item.Id, input.etag)}">Delete…</a>`}
</div>
</form>`;
}
