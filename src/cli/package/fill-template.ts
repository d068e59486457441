import { CliError } from "../cli-error";

/** A parsed JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const placeholder = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function mapStrings(value: Json, replace: (text: string) => string): Json {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, replace)]));
  }
  return value;
}

/** The `${{NAME}}` placeholders used anywhere in the template's string values. */
export function templatePlaceholders(template: Json): Set<string> {
  const names = new Set<string>();
  mapStrings(template, (text) => {
    for (const match of text.matchAll(placeholder)) names.add(match[1] ?? "");
    return text;
  });
  return names;
}

/**
 * Replaces placeholders inside the parsed template's strings (not in its text), so a value can
 * never break the JSON around it. A placeholder with no value is an error naming it: a package
 * with `${{BOT_ID}}` left in it would upload and then fail in Teams far from the cause.
 */
export function fillTemplate(template: Json, values: Readonly<Record<string, string>>): Json {
  const missing = [...templatePlaceholders(template)].filter((name) => values[name] === undefined);
  if (missing.length) {
    throw new CliError(`The manifest template uses ${missing.map((n) => `\${{${n}}}`).join(", ")} but no value was given for ${missing.join(", ")}.`);
  }
  return mapStrings(template, (text) => text.replace(placeholder, (_, name: string) => values[name] ?? ""));
}
