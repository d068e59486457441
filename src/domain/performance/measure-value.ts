/** A measure's value with its unit as people write it: "55%", "£41,700", "21 days". */
export function measureValueText(value: number, unit: string | undefined): string {
  const number = value.toLocaleString("en-GB");
  if (!unit) return number;
  if (unit === "%") return `${number}%`;
  if (unit === "£") return `£${number}`;
  return `${number} ${unit}`;
}
