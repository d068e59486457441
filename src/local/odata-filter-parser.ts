import { spErrors } from "./sp-error";

/**
 * The `$filter` subset SharePoint's REST endpoint accepts: eq ne lt le gt ge, and or not,
 * parentheses, startswith(Field,'x'), substringof('x',Field), null, numbers, 'strings' ('' is a
 * quote), datetime'…', true/false and `Field/Sub` projections. A string literal is only ever a
 * value: the tokenizer consumes it whole, so `'O''Brien'' or Title ne ''x'` can never become logic.
 */
export type Literal =
  | { type: "lit"; kind: "string"; value: string }
  | { type: "lit"; kind: "number"; value: number }
  | { type: "lit"; kind: "boolean"; value: boolean }
  | { type: "lit"; kind: "null"; value: null }
  | { type: "lit"; kind: "datetime"; value: number };

export type Operand = { type: "field"; path: string[] } | Literal | CallNode;
export type CompareOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
export interface CallNode {
  type: "call";
  name: "startswith" | "substringof";
  args: Operand[];
}
export type FilterNode =
  | { type: "and" | "or"; left: FilterNode; right: FilterNode }
  | { type: "not"; expr: FilterNode }
  | { type: "cmp"; op: CompareOp; left: Operand; right: Operand }
  | CallNode;

type Token =
  | { t: "punct"; v: "(" | ")" | "," }
  | { t: "word"; v: string }
  | { t: "lit"; lit: Literal };

const compareOps = new Set(["eq", "ne", "lt", "le", "gt", "ge"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw spErrors.badFilter(text, why);
  };
  const readQuoted = (): string => {
    // i points at the opening quote; '' inside is one literal quote.
    let out = "";
    i++;
    for (;;) {
      if (i >= text.length) fail("Unterminated string literal.");
      const c = text[i] as string;
      if (c === "'") {
        if (text[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += c;
      i++;
    }
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === ",") {
      tokens.push({ t: "punct", v: c });
      i++;
    } else if (c === "'") {
      tokens.push({ t: "lit", lit: { type: "lit", kind: "string", value: readQuoted() } });
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[dDmMlLfF]?/.exec(text.slice(i));
      if (!m) fail(`Unexpected '${c}' at position ${i}.`);
      const raw = (m as RegExpExecArray)[0];
      tokens.push({ t: "lit", lit: { type: "lit", kind: "number", value: Number(raw.replace(/[dDmMlLfF]$/, "")) } });
      i += raw.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i)) as RegExpExecArray;
      const word = m[0];
      i += word.length;
      if (word.toLowerCase() === "datetime" && text[i] === "'") {
        const raw = readQuoted();
        const ms = Date.parse(raw);
        if (Number.isNaN(ms)) fail(`'${raw}' is not a valid datetime.`);
        tokens.push({ t: "lit", lit: { type: "lit", kind: "datetime", value: ms } });
      } else if (word === "true" || word === "false") {
        tokens.push({ t: "lit", lit: { type: "lit", kind: "boolean", value: word === "true" } });
      } else if (word === "null") {
        tokens.push({ t: "lit", lit: { type: "lit", kind: "null", value: null } });
      } else {
        tokens.push({ t: "word", v: word });
      }
    } else {
      fail(`Unexpected '${c}' at position ${i}.`);
    }
  }
  return tokens;
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const fail = (why: string): never => {
    throw spErrors.badFilter(text, why);
  };
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (tok: Token | undefined, w: string): boolean => tok?.t === "word" && tok.v === w;
  const expectPunct = (v: "(" | ")" | ","): void => {
    const tok = tokens[pos];
    if (tok?.t !== "punct" || tok.v !== v) fail(`Expected '${v}'.`);
    pos++;
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord(peek(), "or")) {
      pos++;
      left = { type: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isWord(peek(), "and")) {
      pos++;
      left = { type: "and", left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    if (isWord(peek(), "not")) {
      pos++;
      return { type: "not", expr: parseUnary() };
    }
    const tok = peek();
    if (tok?.t === "punct" && tok.v === "(") {
      pos++;
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    const left = parseOperand();
    const opTok = peek();
    if (opTok?.t === "word" && compareOps.has(opTok.v)) {
      pos++;
      return { type: "cmp", op: opTok.v as CompareOp, left, right: parseOperand() };
    }
    if (left.type === "call") return left;
    return fail("Expected a comparison operator (eq, ne, lt, le, gt, ge).");
  };
  const parseOperand = (): Operand => {
    const tok = tokens[pos++];
    if (!tok) return fail("Unexpected end of expression.");
    if (tok.t === "lit") return tok.lit;
    if (tok.t === "word") {
      const next = peek();
      if (next?.t === "punct" && next.v === "(") {
        const name = tok.v.toLowerCase();
        if (name !== "startswith" && name !== "substringof") fail(`Unknown function '${tok.v}'.`);
        pos++;
        const args: Operand[] = [parseOperand()];
        expectPunct(",");
        args.push(parseOperand());
        expectPunct(")");
        return { type: "call", name: name as CallNode["name"], args };
      }
      if (compareOps.has(tok.v) || ["and", "or", "not"].includes(tok.v)) fail(`Unexpected '${tok.v}'.`);
      return { type: "field", path: tok.v.split("/") };
    }
    return fail(`Unexpected '${tok.v}'.`);
  };

  if (tokens.length === 0) fail("The expression is empty.");
  const tree = parseOr();
  if (pos !== tokens.length) fail("Unexpected text after the end of the expression.");
  return tree;
}

/** Every field path the filter touches: the list-view threshold and column checks need them. */
export function filterFields(node: FilterNode | Operand): string[][] {
  switch (node.type) {
    case "and":
    case "or":
      return [...filterFields(node.left), ...filterFields(node.right)];
    case "not":
      return filterFields(node.expr);
    case "cmp":
      return [...filterFields(node.left), ...filterFields(node.right)];
    case "call":
      return node.args.flatMap(filterFields);
    case "field":
      return [node.path];
    case "lit":
      return [];
  }
}
