import type { CompareOp, FilterNode, Literal, Operand } from "./odata-filter-parser";

/**
 * Turns a parsed `$filter` into a predicate. Column lookup happens once, at compile time, so an
 * unknown column is a 400 even on an empty list. Comparisons follow SharePoint (CAML) semantics:
 * text is case-insensitive, empty text is null, a multi-value column "eq" means "contains".
 */
export type ValueKind = "string" | "number" | "datetime" | "boolean";
export interface ColumnAccessor<R> {
  kind: ValueKind;
  /** A scalar, null, or an array for multi-value columns. */
  read(row: R): unknown;
}
export type ColumnResolver<R> = (path: string[]) => ColumnAccessor<R>;
export type Predicate<R> = (row: R) => boolean;

type Scalar = string | number | boolean | null;

export function compileFilter<R>(node: FilterNode, resolve: ColumnResolver<R>): Predicate<R> {
  switch (node.type) {
    case "and": {
      const l = compileFilter(node.left, resolve);
      const r = compileFilter(node.right, resolve);
      return (row) => l(row) && r(row);
    }
    case "or": {
      const l = compileFilter(node.left, resolve);
      const r = compileFilter(node.right, resolve);
      return (row) => l(row) || r(row);
    }
    case "not": {
      const inner = compileFilter(node.expr, resolve);
      return (row) => !inner(row);
    }
    case "call":
      return compileCall(node.name, node.args, resolve);
    case "cmp":
      return compileCompare(node.op, node.left, node.right, resolve);
  }
}

function compileCall<R>(name: "startswith" | "substringof", args: Operand[], resolve: ColumnResolver<R>): Predicate<R> {
  // startswith(Field,'x') and substringof('x',Field): the haystack is the column.
  const [hayOp, needleOp] = name === "startswith" ? [args[0], args[1]] : [args[1], args[0]];
  const hay = compileOperand(hayOp as Operand, resolve, "string");
  const needle = compileOperand(needleOp as Operand, resolve, "string");
  return (row) => {
    const h = hay.read(row);
    const n = needle.read(row);
    const test = (v: unknown): boolean => {
      if (v === null || v === undefined || n === null) return false;
      const hs = String(v).toLowerCase();
      const ns = String(n).toLowerCase();
      return name === "startswith" ? hs.startsWith(ns) : hs.includes(ns);
    };
    return Array.isArray(h) ? h.some(test) : test(h);
  };
}

interface Compiled<R> {
  kind: ValueKind | undefined;
  read(row: R): unknown;
}

function compileOperand<R>(op: Operand, resolve: ColumnResolver<R>, hint: ValueKind | undefined): Compiled<R> {
  if (op.type === "field") {
    const accessor = resolve(op.path);
    return { kind: accessor.kind, read: (row) => normalise(accessor.read(row), accessor.kind) };
  }
  if (op.type === "call") {
    const pred = compileCall(op.name, op.args, resolve);
    return { kind: "boolean", read: pred };
  }
  const value = coerceLiteral(op, hint);
  return { kind: undefined, read: () => value };
}

/** A literal takes the type of the column it is compared with ('5' vs a Number column is 5). */
function coerceLiteral(lit: Literal, kind: ValueKind | undefined): Scalar {
  if (lit.kind === "null") return null;
  switch (kind) {
    case "number":
      return typeof lit.value === "boolean" ? Number(lit.value) : Number(lit.value);
    case "datetime":
      return lit.kind === "string" ? Date.parse(lit.value) : Number(lit.value);
    case "boolean":
      if (lit.kind === "number") return lit.value !== 0;
      if (lit.kind === "string") return lit.value.toLowerCase() === "true" || lit.value === "1";
      return Boolean(lit.value);
    case "string":
      return typeof lit.value === "string" ? lit.value.toLowerCase() : String(lit.value).toLowerCase();
    default:
      return lit.kind === "string" ? lit.value.toLowerCase() : lit.value;
  }
}

function normalise(value: unknown, kind: ValueKind): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v, kind));
  if (value === undefined || value === null || value === "") return null;
  switch (kind) {
    case "string":
      return String(value).toLowerCase();
    case "datetime":
      return typeof value === "number" ? value : Date.parse(String(value));
    case "number":
      return Number(value);
    case "boolean":
      return value === true || value === 1 || value === "1" || value === "true";
  }
}

function compileCompare<R>(op: CompareOp, left: Operand, right: Operand, resolve: ColumnResolver<R>): Predicate<R> {
  // Resolve the column side first so the literal side can take its type.
  const leftIsLit = left.type === "lit";
  const first = compileOperand(leftIsLit ? right : left, resolve, undefined);
  const second = compileOperand(leftIsLit ? left : right, resolve, first.kind);
  const flipped = leftIsLit ? flip(op) : op;
  return (row) => {
    const a = first.read(row);
    const b = second.read(row);
    if (Array.isArray(a)) {
      // Multi-value column: eq = contains, ne = does not contain.
      if (b === null) return flipped === "eq" ? a.length === 0 : flipped === "ne" ? a.length > 0 : false;
      const hit = a.some((v) => compareScalar("eq", v as Scalar, b as Scalar));
      return flipped === "ne" ? !hit : flipped === "eq" ? hit : a.some((v) => compareScalar(flipped, v as Scalar, b as Scalar));
    }
    return compareScalar(flipped, a as Scalar, b as Scalar);
  };
}

function flip(op: CompareOp): CompareOp {
  return ({ eq: "eq", ne: "ne", lt: "gt", le: "ge", gt: "lt", ge: "le" } as const)[op];
}

function compareScalar(op: CompareOp, a: Scalar, b: Scalar): boolean {
  if (a === null || b === null) {
    if (op === "eq") return a === b;
    if (op === "ne") return a !== b;
    return false;
  }
  if (typeof a === "number" && Number.isNaN(a)) return op === "ne";
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "lt":
      return a < b;
    case "le":
      return a <= b;
    case "gt":
      return a > b;
    case "ge":
      return a >= b;
  }
}
