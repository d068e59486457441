import { forwardRef } from "react";
import { notSavedTitle, ProblemSummary } from "../../ui/problem-summary";
import type { FieldError } from "./edit-draft";
import { fieldId } from "./edit-fields";

/** The record edit form's problems, each a link to its field. Focused when shown. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly FieldError[] }>(function ErrorSummary({ errors }, ref) {
  return (
    <ProblemSummary
      ref={ref}
      id="edit-error-summary"
      level={3}
      title={notSavedTitle(errors.length)}
      problems={errors.map((e) => ({ key: e.property, text: `${e.label}: ${e.message}`, targetId: fieldId(e.property) }))}
    />
  );
});
