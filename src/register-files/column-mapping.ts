import { importFields, summaryHeaders, type ImportFieldId } from "./import-fields";

/** For each column of the file (by position), the register field it goes into, or null to ignore it. */
export type ColumnMapping = (ImportFieldId | null)[];

/** "Lead Officer (name)" → "leadofficername": compares headers ignoring case, spaces and punctuation. */
export const normaliseHeader = (text: string): string => text.toLowerCase().replace(/\(.*?\)/g, "").replace(/[^a-z0-9]/g, "");

/**
 * A first guess at the mapping from the file's header names; the person can change any of it.
 * Exact matches win over partial ones (only multi-word names count as partial, so "Partnership
 * lead" is never taken for the name), and each field is taken by one column only, the first.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportFieldId>();
  const normalised = headers.map(normaliseHeader);
  const summaries = new Set(summaryHeaders.map(normaliseHeader));
  const passes: ((header: string, alias: string) => boolean)[] = [
    (header, alias) => header === alias,
    // "Lead officer name", "Council contribution 2025/26": a header holding a two-word alias.
    (header, alias) => alias.length >= 8 && header.includes(alias),
  ];
  for (const matches of passes) {
    normalised.forEach((header, column) => {
      if (mapping[column] !== null || header === "" || summaries.has(header)) return;
      const field = importFields.find((fi) => !taken.has(fi.id) && fi.aliases.some((a) => (matches === passes[0] || a.includes(" ")) && matches(header, normaliseHeader(a))));
      if (field) {
        mapping[column] = field.id;
        taken.add(field.id);
      }
    });
  }
  return mapping;
}

/** What is wrong with a mapping as a whole, in plain English; empty when it can be used. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  for (const field of importFields.filter((fi) => fi.required)) {
    if (!mapping.includes(field.id)) problems.push(`Choose the column that holds each arrangement's ${field.label.toLowerCase()}.`);
  }
  for (const field of importFields) {
    const columns = mapping.flatMap((m, i) => (m === field.id ? [`"${headers[i] ?? `column ${i + 1}`}"`] : []));
    if (columns.length > 1) problems.push(`${columns.join(" and ")} are both mapped to ${field.label}; choose one.`);
  }
  return problems;
}
