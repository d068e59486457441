import { CliError } from "../cli-error";

const line = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

function unquote(raw: string, where: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    if (raw.length < 2 || !raw.endsWith(quote)) throw new CliError(`${where}: the value opens a ${quote} quote but does not close it.`);
    return raw.slice(1, -1);
  }
  // Unquoted values may carry a trailing " # comment", as dotenv files usually allow.
  return raw.replace(/\s+#.*$/, "");
}

/**
 * Reads simple KEY=VALUE lines: blank lines and `#` comments are skipped, `export ` is allowed,
 * a value may be wrapped in single or double quotes (kept literally: no escapes, no ${...}
 * expansion). Anything else stops with the file and line, so a typo is never silently ignored.
 */
export function parseEnvFile(text: string, fileName: string): Map<string, string> {
  const values = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*(#.*)?$/.test(raw)) return;
    const where = `${fileName} line ${index + 1}`;
    const match = line.exec(raw);
    if (!match) throw new CliError(`${where} is not KEY=VALUE: ${JSON.stringify(raw.trim())}`);
    const [, key = "", value = ""] = match;
    values.set(key, unquote(value, where));
  });
  return values;
}
