import type { FieldDef, SiteUser } from "../model";
import { isDateOnly } from "./columns";
import { descriptionName, inputName, isMulti, needsPresenceInput, type RawValue } from "./form-values";
import { html, type SafeHtml } from "./html";

/**
 * One labelled control per column type. Required columns are marked (aria-required) but not
 * `required`: the browser would stop the form before SharePoint's own message could be seen.
 * Numbers are text inputs with a decimal keypad for the same reason — SharePoint's grid lets you
 * type "ten" and then refuses it, and that refusal is what this page exists to show.
 */
export interface InputContext {
  users: SiteUser[];
  /** The lookup list's items, id and Title, for a Lookup column's select. */
  lookupOptions(field: FieldDef): { id: number; title: string }[];
  isJson(field: FieldDef): boolean;
}

export const controlId = (field: FieldDef): string => `field-${field.InternalName}`;

/** Where the error summary's link for this column lands: its first focusable control. */
export const errorTarget = (field: FieldDef): string => (field.kind === "MultiChoice" ? `${controlId(field)}-0` : controlId(field));

const str = (raw: RawValue): string => (typeof raw === "string" ? raw : "");
const list = (raw: RawValue): string[] => (Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? [raw] : []);

function options(choices: { value: string; label: string }[], selected: string[], placeholder: string | undefined): SafeHtml {
  const known = new Set(choices.map((c) => c.value));
  // A stored value that is no longer offered (a retired choice, a deleted person) stays visible and selected.
  const extra = selected.filter((s) => s !== "" && !known.has(s)).map((s) => ({ value: s, label: `${s} (not one of the choices)` }));
  return html`${placeholder !== undefined && html`<option value="">${placeholder}</option>`}${[...choices, ...extra].map(
    (c) => html`<option value="${c.value}"${selected.includes(c.value) ? html` selected` : ""}>${c.label}</option>`,
  )}`;
}

export function fieldControl(field: FieldDef, raw: RawValue, error: string | undefined, ctx: InputContext): SafeHtml {
  const id = controlId(field);
  const hintText = [field.Description, ctx.isJson(field) ? "This column holds JSON that the app reads back. SharePoint stores whatever is typed here, valid JSON or not." : ""]
    .filter((s) => s !== "")
    .join(" ");
  const hint = hintText && html`<span class="hint" id="hint-${id}">${hintText}</span>`;
  const err = error && html`<span class="error" id="error-${id}"><span class="visually-hidden">Error: </span>${error}</span>`;
  const describedBy = [hintText && `hint-${id}`, error && `error-${id}`].filter(Boolean).join(" ");
  const a11y = html`${describedBy && html` aria-describedby="${describedBy}"`}${error && html` aria-invalid="true"`}${field.Required && html` aria-required="true"`}`;
  const star = field.Required && html` <span class="req" aria-hidden="true">*</span>`;
  const label = html`<label for="${id}">${field.Title}${star}</label>`;
  const name = inputName(field);
  const presence = needsPresenceInput(field) && html`<input type="hidden" name="${name}" value="">`;
  const wrap = (inner: SafeHtml): SafeHtml => html`<div class="field${error ? " invalid" : ""}">${presence}${inner}</div>`;

  switch (field.kind) {
    case "Note":
      // The newline after <textarea> keeps a value that itself starts with a newline intact.
      return wrap(html`${label}${hint}${err}<textarea id="${id}" name="${name}" rows="${ctx.isJson(field) ? 6 : 4}"${ctx.isJson(field) ? html` class="json" spellcheck="false"` : ""}${a11y}>
${str(raw)}</textarea>`);
    case "Number":
    case "Currency":
    case "Integer":
      return wrap(html`${label}${hint}${err}<input type="text" inputmode="decimal" id="${id}" name="${name}" value="${str(raw)}"${a11y}>`);
    case "DateTime":
      return wrap(html`${label}${hint}${err}<input type="${isDateOnly(field) ? "date" : "datetime-local"}" id="${id}" name="${name}" value="${str(raw)}"${a11y}>`);
    case "Boolean":
      return wrap(html`${hint}${err}<label class="check" for="${id}"><input type="checkbox" id="${id}" name="${name}" value="true"${raw === "true" ? html` checked` : ""}${a11y}> ${field.Title}</label>`);
    case "Choice":
      return wrap(html`${label}${hint}${err}<select id="${id}" name="${name}"${a11y}>${options((field.Choices ?? []).map((c) => ({ value: c, label: c })), [str(raw)], "(none)")}</select>`);
    case "MultiChoice": {
      const chosen = list(raw);
      const extra = chosen.filter((c) => !(field.Choices ?? []).includes(c));
      const boxes = [...(field.Choices ?? []), ...extra].map(
        (c, i) => html`<label class="check" for="${id}-${i}"><input type="checkbox" id="${id}-${i}" name="${name}" value="${c}"${chosen.includes(c) ? html` checked` : ""}> ${c}</label>`,
      );
      return wrap(html`<fieldset${describedBy && html` aria-describedby="${describedBy}"`}><legend>${field.Title}${star}</legend>${hint}${err}${boxes}</fieldset>`);
    }
    case "User": {
      const people = ctx.users.map((u) => ({ value: String(u.Id), label: `${u.Title} (${u.Email})` }));
      const multi = isMulti(field);
      return wrap(html`${label}${hint}${err}<select id="${id}" name="${name}"${multi ? html` multiple size="5"` : ""}${a11y}>${options(people, list(raw), multi ? undefined : "(nobody)")}</select>`);
    }
    case "Lookup": {
      const items = ctx.lookupOptions(field).map((o) => ({ value: String(o.id), label: `${o.title} (#${o.id})` }));
      const multi = isMulti(field);
      return wrap(html`${label}${hint}${err}<select id="${id}" name="${name}"${multi ? html` multiple size="5"` : ""}${a11y}>${options(items, list(raw), multi ? undefined : "(none)")}</select>`);
    }
    case "URL": {
      const v = typeof raw === "object" && !Array.isArray(raw) ? raw : { url: "", description: "" };
      return wrap(html`<fieldset${describedBy && html` aria-describedby="${describedBy}"`}><legend>${field.Title}${star}</legend>${hint}${err}<div class="pair">
<label for="${id}">Address</label><input type="url" id="${id}" name="${name}" value="${v.url}"${error && html` aria-invalid="true"`}>
<label for="${id}-desc">Description (shown instead of the address)</label><input type="text" id="${id}-desc" name="${descriptionName(field)}" value="${v.description}">
</div></fieldset>`);
    }
    default:
      return wrap(html`${label}${hint}${err}<input type="text" id="${id}" name="${name}" value="${str(raw)}"${a11y}>`);
  }
}
