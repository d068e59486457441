/**
 * Response shapes by the client's `Accept`: minimal metadata (`application/json`, what PnPjs
 * asks for by default), no metadata (`odata=nometadata`), and verbose (`odata=verbose`, `{d:…}`).
 * PnPjs's parser unwraps `d.results`, `d` and `value`; paging reads `odata.nextLink` / `d.__next`.
 */
export type MetadataMode = "minimal" | "none" | "verbose";

export function metadataMode(accept: string | undefined): MetadataMode {
  const a = (accept ?? "").toLowerCase();
  if (a.includes("odata=verbose")) return "verbose";
  if (a.includes("odata=nometadata")) return "none";
  return "minimal";
}

export function jsonContentType(mode: MetadataMode): string {
  const name = mode === "minimal" ? "minimalmetadata" : mode === "none" ? "nometadata" : "verbose";
  return `application/json;odata=${name};streaming=true;charset=utf-8`;
}

export interface EntityMeta {
  /** OData type, e.g. SP.Data.PartnershipsListItem, SP.List, SP.User. */
  type: string;
  /** Absolute URL of the entity. */
  id: string;
  /** The same, relative to `_api/`. */
  editLink: string;
  etag?: string;
}

export interface Entry {
  meta: EntityMeta;
  props: Record<string, unknown>;
}

/** One entity as it appears inside a collection (verbose: no `d` wrapper). */
export function entryBody(mode: MetadataMode, entry: Entry): Record<string, unknown> {
  const { meta, props } = entry;
  if (mode === "none") return props;
  if (mode === "verbose") {
    const md: Record<string, unknown> = { id: meta.id, uri: meta.id, type: meta.type };
    if (meta.etag) md.etag = meta.etag;
    return { __metadata: md, ...verboseArrays(props) };
  }
  const head: Record<string, unknown> = { "odata.type": meta.type, "odata.id": meta.id };
  if (meta.etag) head["odata.etag"] = meta.etag;
  head["odata.editLink"] = meta.editLink;
  return { ...head, ...props };
}

/** A single entity response. */
export function entityBody(mode: MetadataMode, entry: Entry, metadataUrl: string): Record<string, unknown> {
  if (mode === "verbose") return { d: entryBody(mode, entry) };
  if (mode === "none") return entry.props;
  return { "odata.metadata": `${metadataUrl}/@Element`, ...entryBody(mode, entry) };
}

export function collectionBody(
  mode: MetadataMode,
  entries: Entry[],
  metadataUrl: string,
  nextLink?: string,
): Record<string, unknown> {
  const values = entries.map((e) => entryBody(mode, e));
  if (mode === "verbose") return { d: nextLink ? { results: values, __next: nextLink } : { results: values } };
  const body: Record<string, unknown> = mode === "minimal" ? { "odata.metadata": metadataUrl, value: values } : { value: values };
  if (nextLink) body["odata.nextLink"] = nextLink;
  return body;
}

/** A bare value (e.g. recycle's guid) — `{value}` or verbose `{d:{Name:value}}`. */
export function valueBody(mode: MetadataMode, name: string, value: unknown, metadataUrl: string): Record<string, unknown> {
  if (mode === "verbose") return { d: { [name]: value } };
  if (mode === "none") return { value };
  return { "odata.metadata": metadataUrl, value };
}

/** Verbose OData wraps collections in `{results:[…]}`, nested objects included. */
function verboseArrays(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (Array.isArray(v)) out[k] = { results: v };
    else out[k] = v;
  }
  return out;
}
