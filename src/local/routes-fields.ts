import { fieldFromRestBody, normaliseGuid, type NewField } from "./field-factory";
import { fieldFromSchemaXml } from "./field-schema-xml";
import type { ListStore } from "./list-store";
import type { FieldDef } from "./model";
import { collectionBody, entityBody, type Entry } from "./odata-format";
import { filterPlain } from "./plain-collection";
import { emptyOk, json, noContent, readJsonBody, selectProps, unquote } from "./respond";
import type { RouteContext, Segment, SpResponse } from "./route-types";
import { addField, updateField } from "./site-mutations";
import { spErrors } from "./sp-error";

/** `…/fields`: list, add (verbose body, AddField, createfieldasxml), get, update (MERGE), delete. */

const odataTypeOf: Record<FieldDef["kind"], string> = {
  Integer: "SP.Field",
  Counter: "SP.Field",
  Text: "SP.FieldText",
  Note: "SP.FieldMultiLineText",
  DateTime: "SP.FieldDateTime",
  Choice: "SP.FieldChoice",
  MultiChoice: "SP.FieldMultiChoice",
  Lookup: "SP.FieldLookup",
  Boolean: "SP.Field",
  Number: "SP.FieldNumber",
  Currency: "SP.FieldCurrency",
  URL: "SP.FieldUrl",
  User: "SP.FieldUser",
};

function fieldProps(field: FieldDef): Record<string, unknown> {
  const { kind: _kind, builtIn, LookupList, ...rest } = field;
  const props: Record<string, unknown> = { ...rest, CanBeDeleted: !builtIn, Group: builtIn ? "_Hidden" : "Custom Columns" };
  // SharePoint reports the lookup target as "{guid}".
  if (LookupList !== undefined) props.LookupList = LookupList ? `{${LookupList}}` : "";
  return props;
}

function fieldEntry(ctx: RouteContext, list: ListStore, field: FieldDef, props: Record<string, unknown>): Entry {
  const editLink = `Web/Lists(guid'${list.meta.Id}')/Fields(guid'${field.Id}')`;
  return { meta: { type: odataTypeOf[field.kind], id: `${ctx.siteUrl}/_api/${editLink}`, editLink }, props };
}

const fieldsMetadata = (ctx: RouteContext): string => `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields`;

function created(ctx: RouteContext, list: ListStore, input: NewField): SpResponse {
  const field = addField(ctx.store, list, input);
  return json(ctx, 201, entityBody(ctx.mode, fieldEntry(ctx, list, field, fieldProps(field)), fieldsMetadata(ctx)));
}

function findField(list: ListStore, seg: Segment, byId: boolean): FieldDef {
  const arg = unquote(seg.arg);
  const field = byId
    ? list.fields.find((f) => f.Id === normaliseGuid(arg.replace(/^guid/i, "")))
    : seg.name === "getbytitle"
      ? list.fields.find((f) => f.Title === arg)
      : (list.fields.find((f) => f.InternalName === arg) ?? list.fields.find((f) => f.Title === arg));
  if (!field) throw spErrors.fieldNotFound(arg);
  return field;
}

/** `segs` starts at `fields`. */
export function fieldRoutes(ctx: RouteContext, list: ListStore, segs: Segment[]): SpResponse | undefined {
  const [fields, second] = segs;
  if (!fields) return undefined;
  const method = ctx.req.method;
  const q = ctx.req.url.searchParams;
  if (segs.length === 1 && fields.arg === undefined) {
    if (method === "GET") {
      const all = list.fields.map((f) => ({ field: f, props: fieldProps(f) }));
      const kept = new Set(filterPlain(all.map((a) => a.props), q.get("$filter"), q.get("$top")).map((p) => p.Id));
      const entries = all
        .filter((a) => kept.has(a.props.Id))
        .map((a) => fieldEntry(ctx, list, a.field, selectProps(a.props, q.get("$select"))));
      return json(ctx, 200, collectionBody(ctx.mode, entries, fieldsMetadata(ctx)));
    }
    if (method === "POST") return created(ctx, list, fieldFromRestBody(readJsonBody(ctx)));
    return undefined;
  }
  if (segs.length === 2 && second && method === "POST") {
    const params = readJsonBody(ctx).parameters as Record<string, unknown> | undefined;
    if (second.name === "addfield") {
      if (!params) throw spErrors.badBody("parameters is required.");
      return created(ctx, list, fieldFromRestBody(params));
    }
    if (second.name === "createfieldasxml") {
      if (typeof params?.SchemaXml !== "string") throw spErrors.badBody("parameters.SchemaXml is required.");
      return created(ctx, list, fieldFromSchemaXml(params.SchemaXml));
    }
  }
  const fieldSeg = fields.arg !== undefined ? fields : second;
  const isOne =
    fieldSeg &&
    (fieldSeg === fields || ["getbyinternalnameortitle", "getbytitle", "getbyid"].includes(fieldSeg.name)) &&
    segs.length === (fieldSeg === fields ? 1 : 2);
  if (!isOne || !fieldSeg) return undefined;
  const field = findField(list, fieldSeg, fieldSeg === fields || fieldSeg.name === "getbyid");
  if (method === "GET") {
    return json(ctx, 200, entityBody(ctx.mode, fieldEntry(ctx, list, field, selectProps(fieldProps(field), q.get("$select"))), fieldsMetadata(ctx)));
  }
  if (method === "MERGE") {
    updateField(ctx.store, list, field, readJsonBody(ctx));
    return noContent();
  }
  if (method === "DELETE") {
    if (field.builtIn) throw spErrors.badQuery(`The field '${field.InternalName}' cannot be deleted.`);
    ctx.store.commit({ t: "field.delete", listId: list.meta.Id, internalName: field.InternalName });
    return emptyOk();
  }
  return undefined;
}
