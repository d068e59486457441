/** How a yes/no review question was answered: "partly" is the form's "In part". */
export const assuranceAnswers = ["yes", "partly", "no"] as const;
export type AssuranceAnswer = (typeof assuranceAnswers)[number];

export const isAssuranceAnswer = (value: unknown): value is AssuranceAnswer =>
  typeof value === "string" && (assuranceAnswers as readonly string[]).includes(value);

export const assuranceAnswerWords: Record<AssuranceAnswer, string> = { yes: "Yes", partly: "In part", no: "No" };

/** The key an answer's comment is kept under: `#` never appears in a pack id, so it cannot clash. */
export const commentKey = (questionId: string): string => `${questionId}#comment`;
