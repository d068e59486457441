/**
 * OData `$filter` text built only through these functions, so text a person typed is always
 * escaped (`'` → `''`, DESIGN.md "Data") and can never end a string literal and start new clauses.
 * The repository accepts an `ODataFilter`, not a bare string, so there is no unescaped path.
 */
export function escapeODataString(text: string): string {
  return text.replace(/'/g, "''");
}

export class ODataFilter {
  /** Use the builders below; the constructor is for them. */
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

export type ODataValue = string | number | boolean | Date | null;

// Internal names and `Lookup/Field` paths only: field names come from code, but checking them
// keeps a mistaken variable from smuggling an expression in.
const fieldPath = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

function field(name: string): string {
  if (!fieldPath.test(name)) throw new Error(`"${name}" is not a SharePoint column name`);
  return name;
}

export function literal(value: ODataValue): string {
  if (value === null) return "null";
  if (value instanceof Date) return `datetime'${value.toISOString()}'`;
  if (typeof value === "string") return `'${escapeODataString(value)}'`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be used in a filter`);
    return String(value);
  }
  return value ? "1" : "0";
}

const compare = (op: string) => (name: string, value: ODataValue) => new ODataFilter(`${field(name)} ${op} ${literal(value)}`);

export const eq = compare("eq");
export const ne = compare("ne");
export const gt = compare("gt");
export const ge = compare("ge");
export const lt = compare("lt");
export const le = compare("le");

export function startsWith(name: string, text: string): ODataFilter {
  return new ODataFilter(`startswith(${field(name)},${literal(text)})`);
}

export function substringOf(text: string, name: string): ODataFilter {
  return new ODataFilter(`substringof(${literal(text)},${field(name)})`);
}

const join = (op: string) => (...parts: ODataFilter[]): ODataFilter => {
  if (parts.length === 0) throw new Error(`${op} needs at least one filter`);
  if (parts.length === 1) return parts[0] as ODataFilter;
  return new ODataFilter(parts.map((p) => `(${p.text})`).join(` ${op} `));
};

export const and = join("and");
export const or = join("or");
