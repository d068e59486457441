import { Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from "@fluentui/react-components";
import { assuranceAnswers, assuranceAnswerWords, commentKey } from "../../domain/governance-rating/assurance-answer";
import type { ReviewQuestion } from "../../domain/policy-pack/pack-schema";

const useStyles = makeStyles({
  question: { border: "none", margin: 0, padding: "12px 0", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: "6px" },
  cite: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  comment: { marginTop: "8px" },
});

export const questionFieldId = (id: string): string => `review-q-${id}`;

interface Props {
  number: number;
  question: ReviewQuestion;
  answers: Readonly<Record<string, string>>;
  error?: string;
  disabled: boolean;
  /** A completed review: answers shown as given, readable at full contrast, not editable. */
  readOnly: boolean;
  onChange: (key: string, value: string) => void;
}

/**
 * One question of a review: Yes / In part / No with an optional comment for a yes/no question
 * (arrow keys move between the choices), or a text answer. The pack's citation sits under it.
 */
export function ReviewQuestionField({ number, question, answers, error, disabled, readOnly, onChange }: Props) {
  const styles = useStyles();
  const label = `${number}. ${question.text}`;
  const hint = question.cite ? <span className={styles.cite}>{question.cite}</span> : undefined;
  if (question.answer === "yes-no") {
    return (
      <div className={styles.question}>
        <Field label={label} hint={hint} required validationMessage={error} validationState={error ? "error" : "none"}>
          <RadioGroup
            id={questionFieldId(question.id)}
            layout="horizontal"
            value={answers[question.id] ?? ""}
            disabled={disabled || readOnly}
            onChange={(_, data) => onChange(question.id, data.value)}
          >
            {assuranceAnswers.map((a) => (
              <Radio key={a} value={a} label={assuranceAnswerWords[a]} />
            ))}
          </RadioGroup>
        </Field>
        <Field className={styles.comment} label="Evidence or comment (optional)">
          <Textarea value={answers[commentKey(question.id)] ?? ""} disabled={disabled} readOnly={readOnly} resize="vertical" onChange={(_, data) => onChange(commentKey(question.id), data.value)} />
        </Field>
      </div>
    );
  }
  return (
    <div className={styles.question}>
      <Field label={label} hint={hint} required validationMessage={error} validationState={error ? "error" : "none"}>
        <Textarea id={questionFieldId(question.id)} value={answers[question.id] ?? ""} disabled={disabled} readOnly={readOnly} resize="vertical" rows={3} onChange={(_, data) => onChange(question.id, data.value)} />
      </Field>
    </div>
  );
}
